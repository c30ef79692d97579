package io.github.verbatim.learn;

import java.util.Arrays;

/**
 * A bounded memo, per pair of adjacent tokens and per pass, of the summed weights of the pair templates
 * (word and shape bigrams, cue strength next to a word or a shape: {@link FeatureExtractor#addPairVectors}),
 * so that a position whose two neighbour pairs were seen before gets those weights as two vector additions
 * instead of seven hashes and scattered row gathers. Sums stay in ints, so emissions stay bit-identical.
 *
 * <p>A pair is keyed by the {@linkplain TokenVectorCache#serial serials} of its two tokens' slots in a
 * {@link TokenVectorCache}: a serial names one fill of one slot, so an entry is never read after either slot
 * was refilled (by another token, or by the same token again in the overflow area), and an entry written for
 * another pair that hashed to the same place has another key. When the token cache starts a new era of
 * serials, every entry is dropped. Direct-mapped, one entry per place; an entry holds {@code 2 * STRIDE} ints
 * per pass: first what the left token's position gets, then what the right token's position gets. Not
 * thread-safe: one per tagging thread, next to its token cache.
 */
final class PairVectorCache {

    private static final int STRIDE = BioTags.STRIDE;
    /** Ints per entry: the left token's vector, then the right token's. */
    static final int WIDTH = 2 * STRIDE;

    private final FeatureExtractor[] extractors;
    private final long[][] weights;
    private final TokenVectorCache tokens;
    private final int mask;
    private final long[][] keys;
    private final int[][] vectors;
    private int era;
    private long hits;
    private long lookups;

    /**
     * @param extractors the passes' extractors, first pass first
     * @param weights    each pass's weight rows, packed by {@link PackedQuanta}
     * @param tokens     the token cache whose slots and serials the pairs refer to
     * @param capacity   entries per pass, a power of two
     */
    PairVectorCache(FeatureExtractor[] extractors, long[][] weights, TokenVectorCache tokens, int capacity) {
        if (extractors.length != weights.length || extractors.length == 0) {
            throw new IllegalArgumentException(extractors.length + " extractors for " + weights.length
                    + " weight tables");
        }
        if (capacity < 1 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity " + capacity + " is not a power of two");
        }
        this.extractors = extractors.clone();
        this.weights = weights.clone();
        this.tokens = tokens;
        this.mask = capacity - 1;
        int passes = extractors.length;
        this.keys = new long[passes][];
        this.vectors = new int[passes][];
        for (int p = 0; p < passes; p++) {
            if (extractors[p].hasPairTemplates()) {
                keys[p] = new long[capacity];
                vectors[p] = new int[capacity * WIDTH];
            }
        }
        this.era = tokens.era();
    }

    /** True when pass {@code pass} has pair templates, so that {@link #sum} applies. */
    boolean active(int pass) {
        return keys[pass] != null;
    }

    /**
     * For the {@code n} tokens from {@code first} of the token cache's last resolved article (one paragraph),
     * sets {@code sums[i * STRIDE .. (i + 1) * STRIDE)} to the pair templates' weights of token {@code first +
     * i} with its neighbours inside the range: the left part of the pair it starts plus the right part of the
     * pair it ends. Each pair's entry is found or filled and summed at once, so an entry that a later pair of
     * the same range evicts has already been read.
     */
    void sum(int pass, int first, int n, int[] sums) {
        if (era != tokens.era()) {
            for (long[] k : keys) {
                if (k != null) {
                    Arrays.fill(k, 0L);
                }
            }
            era = tokens.era();
        }
        long[] passKeys = keys[pass];
        int[] passVectors = vectors[pass];
        int[] slotOf = tokens.slotOf();
        int left = slotOf[first];
        int leftSerial = tokens.serial(left);
        lookups += Math.max(0, n - 1);
        Arrays.fill(sums, 0, n * STRIDE, 0);
        for (int i = 0; i + 1 < n; i++) {
            int right = slotOf[first + i + 1];
            int rightSerial = tokens.serial(right);
            // serials start at 1, so a key of two serials is never 0, the empty entry
            long key = (long) leftSerial << 32 | (rightSerial & 0xFFFFFFFFL);
            int entry = (int) FeatureHash.mix(key) & mask;
            if (passKeys[entry] == key) {
                hits++;
            } else {
                passKeys[entry] = key;
                int at = entry * WIDTH;
                Arrays.fill(passVectors, at, at + WIDTH, 0);
                extractors[pass].addPairVectors(tokens.lower(left), tokens.shape(left), tokens.strength(pass, left),
                        tokens.lower(right), tokens.shape(right), tokens.strength(pass, right), weights[pass],
                        passVectors, at);
            }
            int at = entry * WIDTH;
            int leftAt = i * STRIDE;
            for (int y = 0; y < STRIDE; y++) {
                sums[leftAt + y] += passVectors[at + y];
                sums[leftAt + STRIDE + y] += passVectors[at + STRIDE + y];
            }
            left = right;
            leftSerial = rightSerial;
        }
    }

    /** Share of pair lookups answered from the cache so far. */
    double hitRate() {
        return lookups == 0 ? 0 : hits / (double) lookups;
    }
}
