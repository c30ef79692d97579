package io.github.verbatim.learn;

import io.github.verbatim.text.Segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A trained attribution tagger: the feature configuration, the (averaged) weights, held as 16-bit quanta of
 * one scale (half the memory of floats, so that more of the table stays in the core's cache while tagging;
 * a 2^16-row pass takes 1 MB), and the transition scores, plus a description of the data it was trained on.
 * A stacked model also holds the first-pass model whose tags its {@link FeatureGroup#STACKED} features read.
 * Immutable after construction (the arrays are copied in and never handed out) and thread-safe.
 */
public final class TaggerModel {

    /** Token cache slots per tagging workspace; about 390 bytes each for a two-pass model. */
    private static final int CACHE_SLOTS = 1 << 14;

    private final FeatureExtractor extractor;
    /** Largest quantum: a weight is {@code quantum * scale} with {@code |quantum| <= MAX_QUANTUM}. */
    static final int MAX_QUANTUM = Short.MAX_VALUE;

    /** The weight rows, 16-bit quanta packed by {@link PackedQuanta}. */
    private final long[] weights;
    private final float scale;
    private final float[] transitions;
    private final String description;
    private final TaggerModel base;
    private final TaggingWorkspaces workspaces = new TaggingWorkspaces(() -> newWorkspace(CACHE_SLOTS),
            Math.max(2, Runtime.getRuntime().availableProcessors()));

    /** A single-pass model; see {@link #TaggerModel(FeatureExtractor, float[], float[], String, TaggerModel)}. */
    public TaggerModel(FeatureExtractor extractor, float[] weights, float[] transitions, String description) {
        this(extractor, weights, transitions, description, null);
    }

    /**
     * @param extractor   the feature extractor the weights were trained with
     * @param weights     {@code 2^hashBits * BioTags.STRIDE} emission weights
     * @param transitions {@code (BioTags.COUNT + 1) * BioTags.COUNT} transition weights
     * @param description free text saying what data, seed and settings produced the model
     * @param base        the first-pass model; required exactly when the extractor is stacked
     */
    public TaggerModel(FeatureExtractor extractor, float[] weights, float[] transitions, String description,
            TaggerModel base) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        int expected = (1 << extractor.hashBits()) * BioTags.STRIDE;
        if (weights.length != expected) {
            throw new IllegalArgumentException("weights has " + weights.length + " entries, expected " + expected);
        }
        if (transitions.length != (BioTags.COUNT + 1) * BioTags.COUNT) {
            throw new IllegalArgumentException("transitions has " + transitions.length + " entries, expected "
                    + (BioTags.COUNT + 1) * BioTags.COUNT);
        }
        float max = 0f;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        this.scale = max == 0f ? 1f : max / MAX_QUANTUM;
        short[] quanta = new short[weights.length];
        for (int i = 0; i < weights.length; i++) {
            quanta[i] = (short) Math.max(-MAX_QUANTUM, Math.min(MAX_QUANTUM, Math.round(weights[i] / scale)));
        }
        this.weights = PackedQuanta.pack(quanta);
        this.transitions = transitions.clone();
        this.description = Objects.requireNonNull(description, "description");
        if (extractor.stacked() != (base != null)) {
            throw new IllegalArgumentException(extractor.stacked() ? "a stacked model needs a first-pass model"
                    : "only a stacked model takes a first-pass model");
        }
        this.base = base;
    }

    /** The first-pass model, or null for a single-pass model. */
    public TaggerModel base() {
        return base;
    }

    /**
     * Tags every token of {@code segmentation}, running the first pass first when stacked. A stacked pass
     * tags only the paragraphs where the pass before it found some role: a paragraph the first pass tagged all
     * O stays all O, without computing its features (with the shipped model the second pass would tag no token
     * of such paragraphs on PolNeAR dev and 3 tokens of 4,000 news articles; they are a fifth of news text).
     * Uses a pooled {@link TaggingWorkspace} (token cache, reused buffers); the tags equal {@link #tagPlain}'s.
     */
    public int[] tag(Segmentation segmentation) {
        TaggingWorkspace workspace = workspaces.acquire();
        try {
            return workspace.tag(segmentation);
        } finally {
            workspaces.release(workspace);
        }
    }

    /** A workspace for this model's chain of passes, for tests; {@code cacheCapacity} is a power of two. */
    TaggingWorkspace newWorkspace(int cacheCapacity) {
        List<TaggerModel> chain = new ArrayList<>();
        for (TaggerModel m = this; m != null; m = m.base) {
            chain.add(0, m);
        }
        return new TaggingWorkspace(chain.toArray(TaggerModel[]::new), cacheCapacity);
    }

    /** The reference tagging: every feature of every token extracted and summed one by one. */
    int[] tagPlain(Segmentation segmentation) {
        int[] prior = base == null ? null : base.tagPlain(segmentation);
        int[] tags = new int[segmentation.tokens().size()];
        int[] buffer = new int[64];
        for (int p = 0; p < segmentation.paragraphs().size(); p++) {
            int first = FeatureExtractor.firstToken(segmentation, p);
            if (prior != null && quiet(prior, first, FeatureExtractor.endToken(segmentation, p) - first)) {
                continue;
            }
            SequenceFeatures f = extractor.extract(segmentation, p, prior);
            if (buffer.length < f.length()) {
                buffer = new int[f.length() * 2];
            }
            decode(f, buffer);
            System.arraycopy(buffer, 0, tags, f.firstToken(), f.length());
        }
        return tags;
    }

    /** True when the {@code n} tags from {@code first} are all O: a stacked pass leaves such a paragraph alone. */
    static boolean quiet(int[] priorTags, int first, int n) {
        for (int i = first; i < first + n; i++) {
            if (priorTags[i] != BioTags.O) {
                return false;
            }
        }
        return true;
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
        ViterbiDecoder.decode(features, weights, scale, transitions, out);
    }

    /** The emission weights as floats (for tests). */
    float[] weights() {
        float[] out = new float[weightCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = quantum(i) * scale;
        }
        return out;
    }

    /** The packed weight rows ({@link PackedQuanta}) themselves, for the tagging workspace; never hand them out. */
    long[] quanta() {
        return weights;
    }

    /** The transition table itself, for the tagging workspace; never hand it out of the package. */
    float[] transitionTable() {
        return transitions;
    }

    /** The 16-bit quantum of emission weight {@code index}; the weight is the quantum times {@link #scale()}. */
    int quantum(int index) {
        return PackedQuanta.quantum(weights, index);
    }

    /** The factor from quanta to weights. */
    float scale() {
        return scale;
    }

    /** A copy of the transition weights. */
    float[] transitions() {
        return transitions.clone();
    }

    /** Number of emission weights. */
    int weightCount() {
        return weights.length / PackedQuanta.LONGS * BioTags.STRIDE;
    }
}
