package io.github.verbatim.context.ner;

import java.util.Objects;

/**
 * How {@link NerFeatures} maps features to rows of a {@link NerModel}; a model records the scheme it was
 * trained with and is always tagged with it.
 *
 * <p>{@link #PLAIN}: every feature template, each feature adds its row. {@link #SIGNED_NO_BIGRAMS}: without
 * the two word-bigram templates (previous + current word, current + next word), and one more hash bit gives
 * each feature a sign, its row being added or subtracted, so features that share a row cancel on average
 * instead of adding up; this keeps a smaller table accurate.
 */
public enum FeatureHashing {
    /** All templates, unsigned (model file version 1). */
    PLAIN("plain", false, true),
    /** Signed rows, no word bigrams. */
    SIGNED_NO_BIGRAMS("signed-no-bigrams", true, false);

    private final String id;
    private final boolean signed;
    private final boolean wordBigrams;

    FeatureHashing(String id, boolean signed, boolean wordBigrams) {
        this.id = id;
        this.signed = signed;
        this.wordBigrams = wordBigrams;
    }

    /** The name stored in model files and accepted on the command line. */
    public String id() {
        return id;
    }

    /** Whether each feature carries a sign. */
    boolean signed() {
        return signed;
    }

    /** Whether the word-bigram templates are used. */
    boolean wordBigrams() {
        return wordBigrams;
    }

    /** The scheme named {@code id}; fails naming it when unknown. */
    public static FeatureHashing of(String id) {
        Objects.requireNonNull(id, "id");
        for (FeatureHashing h : values()) {
            if (h.id.equals(id)) {
                return h;
            }
        }
        throw new IllegalArgumentException("unknown NER feature hashing '" + id + "'");
    }
}
