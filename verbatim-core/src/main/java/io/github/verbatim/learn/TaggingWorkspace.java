package io.github.verbatim.learn;

import io.github.verbatim.text.Segmentation;

/**
 * Everything one thread needs to tag articles with a chain of {@link TaggerModel}s (first pass first, each
 * later pass stacked on the one before) without allocating per paragraph: the {@link TokenVectorCache} shared
 * by all passes, the feature extractor's {@link ParagraphScratch}, and the emission and Viterbi buffers.
 *
 * <p>A position's emission is the int sum of its token-local vectors from the cache (or the boundary vector
 * off the paragraph's edge) and the weight rows of its other features, times the model's scale: the same
 * ints, hence the same floats, as summing every feature's row one by one. When a two-pass chain's second
 * extractor only adds the stacked templates to the first's ({@link FeatureExtractor#extendsRowsOf}, as with the
 * shipped model), each paragraph runs both passes in turn and the second reuses the first's context rows,
 * computing only its stacked rows. Before a paragraph's emissions are summed, the cache lines of its token
 * vectors and weight rows are read once in tight loops ({@link #touchVectors}, {@link #touchRows}), so that
 * their cache misses overlap instead of stalling the gather one by one. Not thread-safe.
 */
final class TaggingWorkspace {

    private static final int T = BioTags.COUNT;
    private static final int STRIDE = BioTags.STRIDE;
    private static final int SUM_LONGS = PackedQuanta.SUM_LONGS;
    private static final long LANES = PackedQuanta.LANES;
    /**
     * Most rows one position may gather: with the token vectors' biases ({@link PackedQuanta#SUM_BIAS}, at most
     * 2^25 each for up to nine offsets) a 32-bit lane then stays below 2^32, so no lane carries into the next.
     */
    private static final int MAX_ROWS = 1 << 14;
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
    /** True when pass 1 reuses pass 0's context rows and adds only its stacked rows ({@link #tagChained}). */
    private final boolean chained;
    /** Article index of the first token of the paragraph whose features the scratch holds. */
    private int firstOfScratch;
    /** Sum of the longs {@link #touchVectors} and {@link #touchRows} read, kept so that the reads stay. */
    private long touched;

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
        this.chained = passes.length == 2 && extractors[1].extendsRowsOf(extractors[0]);
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
        if (chained) {
            return tagChained(segmentation);
        }
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
                features(p, segmentation, q, first, n, prior);
                tagParagraph(p, n, false);
                System.arraycopy(out, 0, tags, first, n);
            }
            prior = tags;
        }
        return prior == null ? new int[segmentation.tokens().size()] : prior;
    }

    /**
     * Two passes whose second extends the first's rows ({@link FeatureExtractor#extendsRowsOf}), paragraph by
     * paragraph: the first pass's context rows of a paragraph serve the second pass too, which adds only its
     * stacked templates' rows. The stacked templates read the first pass's tags of the same paragraph only, so
     * running the second pass right after the first, paragraph by paragraph, gives the same tags as running it
     * after the whole article.
     */
    private int[] tagChained(Segmentation segmentation) {
        int tokens = segmentation.tokens().size();
        int[] prior = new int[tokens];
        int[] tags = new int[tokens];
        FeatureExtractor second = passes[1].extractor();
        int paragraphs = segmentation.paragraphs().size();
        for (int q = 0; q < paragraphs; q++) {
            int first = FeatureExtractor.firstToken(segmentation, q);
            int n = FeatureExtractor.endToken(segmentation, q) - first;
            features(0, segmentation, q, first, n, null);
            tagParagraph(0, n, false);
            System.arraycopy(out, 0, prior, first, n);
            if (TaggerModel.quiet(prior, first, n)) {
                continue; // the stacked pass leaves a quiet paragraph all O (O is 0)
            }
            second.stackedRows(segmentation, q, prior, scratch);
            touchVectors(1, first, n);
            touchRows(1, scratch.rows, scratch.offsets[n]);
            touchRows(1, scratch.stackedRows, scratch.stackedOffsets[n]);
            tagParagraph(1, n, true);
            System.arraycopy(out, 0, tags, first, n);
        }
        return tags;
    }

    /** Int emission sums of pass {@code pass} for paragraph {@code paragraph}, {@code STRIDE} per token (for tests). */
    int[] emissionSums(Segmentation segmentation, int pass, int paragraph, int[] priorTags) {
        cache.resolve(segmentation);
        int first = FeatureExtractor.firstToken(segmentation, paragraph);
        int n = FeatureExtractor.endToken(segmentation, paragraph) - first;
        int[] sums = new int[n * STRIDE];
        boolean reuse = chained && pass == 1;
        if (reuse) {
            features(0, segmentation, paragraph, first, n, null);
            passes[1].extractor().stackedRows(segmentation, paragraph, priorTags, scratch);
        } else {
            features(pass, segmentation, paragraph, first, n, priorTags);
        }
        for (int i = 0; i < n; i++) {
            emissions(pass, first, n, i, i + 1, reuse, null, 0);
            System.arraycopy(sum, 0, sums, i * STRIDE, STRIDE);
        }
        return sums;
    }

    /** True when the second pass reuses the first pass's context rows ({@link #tagChained}). */
    boolean chained() {
        return chained;
    }

    /** Share of token lookups the cache answered so far. */
    double cacheHitRate() {
        return cache.hitRate();
    }

    /**
     * Decodes pass {@code pass} over the {@code n} tokens whose features are in the scratch into {@link #out};
     * with {@code withStacked} the scratch's separate stacked rows are added too.
     */
    private void tagParagraph(int pass, int n, boolean withStacked) {
        if (out.length < n) {
            int size = Math.max(n, out.length * 2);
            out = new int[size];
            emissions = new float[size * T];
            score = new float[size * T];
            back = new int[size * T];
        }
        int first = firstOfScratch;
        float scale = passes[pass].scale();
        emissions(pass, first, n, 0, n, withStacked, emissions, scale);
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
            s.wordClass[i] = cache.wordClass(slot);
        }
        touchVectors(pass, first, n);
        extractor.contextRows(segmentation, paragraph, prior, s, false);
        touchRows(pass, s.rows, s.offsets[n]);
        firstOfScratch = first;
    }

    /**
     * Reads the first long of the weight row of each of {@code rows[0..count)} in pass {@code pass}'s table (a
     * row is two longs, nearly always in one cache line), for the same reason as {@link #touchVectors}.
     */
    private void touchRows(int pass, int[] rows, int count) {
        long[] quanta = passes[pass].quanta();
        long t = 0;
        for (int k = 0; k < count; k++) {
            t += quanta[rows[k] * PackedQuanta.LONGS];
        }
        touched += t;
    }

    /**
     * Reads one long of every cache line of pass {@code pass}'s token vectors for the paragraph's tokens, so that
     * the cache misses happen here, many at once, instead of one at a time inside {@link #emissions}.
     */
    private void touchVectors(int pass, int first, int n) {
        long[] vectors = cache.vectors(pass);
        int width = cache.width(pass);
        int[] slotOf = cache.slotOf();
        long t = 0;
        for (int i = 0; i < n; i++) {
            int at = slotOf[first + i] * width;
            t += vectors[at] + vectors[at + 8] + vectors[at + width - 1];
        }
        touched += t;
    }

    /**
     * Computes the int emissions of positions {@code from..to) of the paragraph in the scratch; with
     * {@code withStacked} the scratch's separate stacked rows of each position are added too. The token vectors
     * ({@link PackedQuanta#packSums}) and the rows are summed into the same four longs of 32-bit lanes, and the
     * biases come off once at the end: the same int sums as adding every row's and vector's ints. With
     * {@code into} null the {@code STRIDE} ints of the last position go to {@link #sum} (for one position);
     * otherwise each position's {@code COUNT} tags' ints times {@code scale} go to {@code into[i * COUNT..)} (the
     * same floats as scaling {@link #sum} afterwards). One call runs the whole paragraph, so that the look-ups
     * of the pass's arrays happen once per paragraph rather than once per position.
     */
    private void emissions(int pass, int first, int n, int from, int to, boolean withStacked, float[] into,
            float scale) {
        int reach = passes[pass].extractor().tokenReach();
        int width = cache.width(pass);
        long[] vectors = cache.vectors(pass);
        long[] boundary = cache.boundary(pass);
        int[] slotOf = cache.slotOf();
        long[] quanta = passes[pass].quanta();
        ParagraphScratch s = scratch;
        int[] rows = s.rows;
        int[] offsets = s.offsets;
        int[] stacked = s.stackedRows;
        int[] stackedOffsets = s.stackedOffsets;
        for (int i = from; i < to; i++) {
            int at0 = i * T;
            long even0 = 0;
            long odd0 = 0;
            long even1 = 0;
            long odd1 = 0;
            for (int d = -reach; d <= reach; d++) {
                int j = i + d;
                long[] src;
                int at;
                if (j < 0 || j >= n) {
                    src = boundary;
                    at = (d + reach) * SUM_LONGS;
                } else {
                    src = vectors;
                    at = slotOf[first + j] * width + (d + reach) * SUM_LONGS;
                }
                even0 += src[at];
                odd0 += src[at + 1];
                even1 += src[at + 2];
                odd1 += src[at + 3];
            }
            int rowsFrom = offsets[i];
            int rowsTo = offsets[i + 1];
            for (int k = rowsFrom; k < rowsTo; k++) {
                int at = rows[k] * PackedQuanta.LONGS;
                long low = quanta[at];
                long high = quanta[at + 1];
                even0 += low & LANES;
                odd0 += low >>> 16 & LANES;
                even1 += high & LANES;
                odd1 += high >>> 16 & LANES;
            }
            int count = rowsTo - rowsFrom;
            if (withStacked) {
                int stackedFrom = stackedOffsets[i];
                int stackedTo = stackedOffsets[i + 1];
                for (int k = stackedFrom; k < stackedTo; k++) {
                    int at = stacked[k] * PackedQuanta.LONGS;
                    long low = quanta[at];
                    long high = quanta[at + 1];
                    even0 += low & LANES;
                    odd0 += low >>> 16 & LANES;
                    even1 += high & LANES;
                    odd1 += high >>> 16 & LANES;
                }
                count += stackedTo - stackedFrom;
            }
            if (count > MAX_ROWS) {
                throw new IllegalStateException(count + " feature rows at one position, more than " + MAX_ROWS);
            }
            int bias = PackedQuanta.BIAS * count + PackedQuanta.SUM_BIAS * (2 * reach + 1);
            int s0 = (int) even0 - bias;
            int s1 = (int) odd0 - bias;
            int s2 = (int) (even0 >>> 32) - bias;
            int s3 = (int) (odd0 >>> 32) - bias;
            int s4 = (int) even1 - bias;
            int s5 = (int) odd1 - bias;
            int s6 = (int) (even1 >>> 32) - bias;
            if (into == null || T != 7) { // T is a constant: with seven tags only the null test remains
                int[] acc = sum;
                acc[0] = s0;
                acc[1] = s1;
                acc[2] = s2;
                acc[3] = s3;
                acc[4] = s4;
                acc[5] = s5;
                acc[6] = s6;
                acc[7] = (int) (odd1 >>> 32) - bias;
                if (into != null) {
                    for (int y = 0; y < T; y++) {
                        into[at0 + y] = acc[y] * scale;
                    }
                }
            } else {
                into[at0] = s0 * scale;
                into[at0 + 1] = s1 * scale;
                into[at0 + 2] = s2 * scale;
                into[at0 + 3] = s3 * scale;
                into[at0 + 4] = s4 * scale;
                into[at0 + 5] = s5 * scale;
                into[at0 + 6] = s6 * scale;
            }
        }
    }
}
