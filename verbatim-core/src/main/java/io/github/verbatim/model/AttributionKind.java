package io.github.verbatim.model;

import java.util.Locale;

/** How a statement is reported: verbatim in quotation marks, partly quoted, or paraphrased. */
public enum AttributionKind {
    /** The whole content is inside quotation marks. */
    DIRECT,
    /** The content paraphrases but quotes some words verbatim ("called the plan “a disaster”"). */
    MIXED,
    /** Reported speech with no quotation marks ("X said that ..."). */
    INDIRECT;

    /** The lower-case name used in the JSON contract. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a contract label ({@code direct}, {@code mixed}, {@code indirect}), case-insensitively. */
    public static AttributionKind fromLabel(String label) {
        for (AttributionKind k : values()) {
            if (k.name().equalsIgnoreCase(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown attribution kind '" + label + "' (expected direct, mixed or indirect)");
    }
}
