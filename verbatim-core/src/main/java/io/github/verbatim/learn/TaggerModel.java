package io.github.verbatim.learn;

import java.util.Objects;

/**
 * A trained attribution tagger: the feature configuration, the (averaged) weights and the transition
 * scores, plus a description of the data it was trained on. Immutable after construction (the arrays are
 * copied in and never handed out) and thread-safe.
 */
public final class TaggerModel {

    private final FeatureExtractor extractor;
    private final float[] weights;
    private final float[] transitions;
    private final String description;

    /**
     * @param extractor   the feature extractor the weights were trained with
     * @param weights     {@code 2^hashBits * BioTags.STRIDE} emission weights
     * @param transitions {@code (BioTags.COUNT + 1) * BioTags.COUNT} transition weights
     * @param description free text saying what data, seed and settings produced the model
     */
    public TaggerModel(FeatureExtractor extractor, float[] weights, float[] transitions, String description) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        int expected = (1 << extractor.hashBits()) * BioTags.STRIDE;
        if (weights.length != expected) {
            throw new IllegalArgumentException("weights has " + weights.length + " entries, expected " + expected);
        }
        if (transitions.length != (BioTags.COUNT + 1) * BioTags.COUNT) {
            throw new IllegalArgumentException("transitions has " + transitions.length + " entries, expected "
                    + (BioTags.COUNT + 1) * BioTags.COUNT);
        }
        this.weights = weights.clone();
        this.transitions = transitions.clone();
        this.description = Objects.requireNonNull(description, "description");
    }

    /** The feature extractor. */
    public FeatureExtractor extractor() {
        return extractor;
    }

    /** What the model was trained on. */
    public String description() {
        return description;
    }

    /** Tags one sequence into {@code out}. */
    public void decode(SequenceFeatures features, int[] out) {
        ViterbiDecoder.decode(features, weights, transitions, out);
    }

    /** A copy of the emission weights (for serialisation and tests). */
    float[] weights() {
        return weights.clone();
    }

    /** A copy of the transition weights. */
    float[] transitions() {
        return transitions.clone();
    }

    /** Read-only view for the model writer, avoiding a copy of a large array. */
    float weight(int index) {
        return weights[index];
    }

    /** Number of emission weights. */
    int weightCount() {
        return weights.length;
    }
}
