package io.github.verbatim.learn;

import io.github.verbatim.text.Segmentation;

/**
 * Everything one thread needs to tag articles with a chain of {@link TaggerModel}s (first pass first, each
 * later pass stacked on the one before) without allocating per paragraph: the {@link TokenVectorCache} shared
 * by all passes, the feature extractor's {@link ParagraphScratch}, and the emission and Viterbi buffers.
 *
 * <p>A position's emission is the int sum of its token-local vectors from the cache (or the boundary vector
 * off the paragraph's edge) and the weight rows of its other features, times the model's scale: the same
 * ints, hence the same floats, as summing every feature's row one by one. Not thread-safe.
 */
final class TaggingWorkspace {

    private static final int T = BioTags.COUNT;
    private static final int STRIDE = BioTags.STRIDE;
    /** Tokens' worth of buffers a workspace keeps between articles; larger ones are dropped after use. */
    private static final int RETAINED_TOKENS = 1 << 16;

    private final TaggerModel[] passes;
    private final TokenVectorCache cache;
    private final ParagraphScratch scratch = new ParagraphScratch();
    private final int[] sum = new int[STRIDE];
    private float[] emissions = new float[64 * T];
    private float[] score = new float[64 * T];
    private int[] back = new int[64 * T];
    private int[] out = new int[64];

    /**
     * @param passes        the models, first pass first; pass {@code p > 0} must be stacked on pass {@code p - 1}
     * @param cacheCapacity slots of the token cache, a power of two
     */
    TaggingWorkspace(TaggerModel[] passes, int cacheCapacity) {
        this.passes = passes.clone();
        FeatureExtractor[] extractors = new FeatureExtractor[passes.length];
        long[][] weights = new long[passes.length][];
        for (int p = 0; p < passes.length; p++) {
            extractors[p] = passes[p].extractor();
            weights[p] = passes[p].quanta();
        }
        this.cache = new TokenVectorCache(extractors, weights, cacheCapacity);
    }

    /** The last pass's tags for every token of {@code segmentation}. */
    int[] tag(Segmentation segmentation) {
        try {
            return tagPasses(segmentation);
        } finally {
            trim();
        }
    }

    /** Drops buffers a huge article made grow, so that a pooled workspace stays small. */
    private void trim() {
        if (out.length > RETAINED_TOKENS) {
            out = new int[64];
            emissions = new float[64 * T];
            score = new float[64 * T];
            back = new int[64 * T];
        }
        scratch.trim(RETAINED_TOKENS);
        cache.trim(RETAINED_TOKENS);
    }

    private int[] tagPasses(Segmentation segmentation) {
        cache.resolve(segmentation);
        int[] prior = null;
        int paragraphs = segmentation.paragraphs().size();
        for (int p = 0; p < passes.length; p++) {
            int[] tags = new int[segmentation.tokens().size()];
            for (int q = 0; q < paragraphs; q++) {
                int first = FeatureExtractor.firstToken(segmentation, q);
                int n = FeatureExtractor.endToken(segmentation, q) - first;
                if (prior != null && TaggerModel.quiet(prior, first, n)) {
                    continue; // a stacked pass leaves a quiet paragraph all O (O is 0)
                }
                tagParagraph(p, segmentation, q, first, n, prior);
                System.arraycopy(out, 0, tags, first, n);
            }
            prior = tags;
        }
        return prior == null ? new int[segmentation.tokens().size()] : prior;
    }

    /** Int emission sums of pass {@code pass} for paragraph {@code paragraph}, {@code STRIDE} per token (for tests). */
    int[] emissionSums(Segmentation segmentation, int pass, int paragraph, int[] priorTags) {
        cache.resolve(segmentation);
        int first = FeatureExtractor.firstToken(segmentation, paragraph);
        int n = FeatureExtractor.endToken(segmentation, paragraph) - first;
        int[] sums = new int[n * STRIDE];
        features(pass, segmentation, paragraph, first, n, priorTags);
        for (int i = 0; i < n; i++) {
            emission(pass, first, n, i);
            System.arraycopy(sum, 0, sums, i * STRIDE, STRIDE);
        }
        return sums;
    }

    /** Share of token lookups the cache answered so far. */
    double cacheHitRate() {
        return cache.hitRate();
    }

    private void tagParagraph(int pass, Segmentation segmentation, int paragraph, int first, int n, int[] prior) {
        if (out.length < n) {
            int size = Math.max(n, out.length * 2);
            out = new int[size];
            emissions = new float[size * T];
            score = new float[size * T];
            back = new int[size * T];
        }
        features(pass, segmentation, paragraph, first, n, prior);
        float scale = passes[pass].scale();
        for (int i = 0; i < n; i++) {
            emission(pass, first, n, i);
            int at = i * T;
            for (int y = 0; y < T; y++) {
                emissions[at + y] = sum[y] * scale;
            }
        }
        ViterbiDecoder.decode(n, emissions, passes[pass].transitionTable(), out, score, back);
    }

    /** Fills the scratch with the paragraph's token facts from the cache and its context feature rows. */
    private void features(int pass, Segmentation segmentation, int paragraph, int first, int n, int[] prior) {
        FeatureExtractor extractor = passes[pass].extractor();
        extractor.checkPrior(segmentation, prior);
        ParagraphScratch s = scratch;
        s.ensure(n);
        int[] slotOf = cache.slotOf();
        for (int i = 0; i < n; i++) {
            int slot = slotOf[first + i];
            s.lower[i] = cache.lower(slot);
            s.shape[i] = cache.shape(slot);
            s.lexStrength[i] = cache.strength(pass, slot);
        }
        extractor.contextRows(segmentation, paragraph, prior, s, false);
    }

    /** Sets {@link #sum} to the int emission of position {@code i} of the paragraph in the scratch. */
    private void emission(int pass, int first, int n, int i) {
        int[] acc = sum;
        java.util.Arrays.fill(acc, 0);
        int reach = passes[pass].extractor().tokenReach();
        int width = cache.width(pass);
        int[] vectors = cache.vectors(pass);
        int[] boundary = cache.boundary(pass);
        int[] slotOf = cache.slotOf();
        for (int d = -reach; d <= reach; d++) {
            int j = i + d;
            int[] src;
            int at;
            if (j < 0 || j >= n) {
                src = boundary;
                at = (d + reach) * STRIDE;
            } else {
                src = vectors;
                at = slotOf[first + j] * width + (d + reach) * STRIDE;
            }
            for (int y = 0; y < STRIDE; y++) {
                acc[y] += src[at + y];
            }
        }
        PackedQuanta.addRows(passes[pass].quanta(), scratch.rows, scratch.offsets[i], scratch.offsets[i + 1], acc);
    }
}
