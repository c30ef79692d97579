package io.github.verbatim.extract;

import java.util.List;
import java.util.Objects;

/**
 * One reporting verb or phrase of the {@link CueLexicon}: its normalised tokens ("said", "in", "a",
 * "statement"), how often annotators marked it as a cue, and the share of its occurrences in the corpus that
 * were marked ({@code precision}, 0..1).
 */
public record CueEntry(List<String> tokens, int annotated, double precision) {
    public CueEntry {
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(tokens, "tokens");
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a cue needs at least one token");
        }
        if (annotated < 0 || !(precision >= 0 && precision <= 1)) {
            throw new IllegalArgumentException("bad counts for cue " + tokens + ": " + annotated + ", " + precision);
        }
    }

    /** The tokens joined by single spaces. */
    public String phrase() {
        return String.join(" ", tokens);
    }
}
