package io.github.verbatim.learn;

import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Token;
import io.github.verbatim.text.TokenType;

import java.util.Arrays;
import java.util.List;

/**
 * A bounded memo, per distinct token, of what the tagger's passes need about the token alone: its lower-case
 * and shape hashes ({@link FeatureHash}), its {@link WordClasses word class}, its cue strength in each pass's
 * lexicon, and for each pass and each
 * offset {@code d} the summed weights of the token-local templates ({@link TokenTemplate}) that read a token at
 * offset {@code d}. The emission of a position is then a handful of vector additions instead of one scattered
 * gather per token-local feature, and sums stay in ints, so scores are bit-identical to the plain sum. A pass
 * whose token-local rows equal the first pass's ({@link FeatureExtractor#sameTokenRowsAs}) reuses the first
 * pass's row ids and cue strength when a slot is filled, and only adds its own weights.
 *
 * <p>A token's identity is its exact chars and its token type: a slot is chosen by a 64-bit hash of both and
 * a hit is confirmed by comparing the chars, so a hash collision can cost time but never change a result.
 * Slots are two-way: a token lives in its hashed slot or the other slot of that pair (so two tokens of one
 * article that hash to the same slot both stay cached); a token longer than {@value #MAX_CHARS} chars, or one
 * whose pair two other tokens of the same article already use, gets a slot in an overflow area that is
 * refilled for every occurrence and every article. Memory
 * is bounded by the capacity plus the overflow of the largest article. Not thread-safe: one per tagging thread.
 */
final class TokenVectorCache {

    /** Longest token (in chars) kept across articles. */
    static final int MAX_CHARS = 16;
    private static final int STRIDE = BioTags.STRIDE;
    private static final int INITIAL_OVERFLOW = 256;

    private final FeatureExtractor[] extractors;
    private final long[][] weights;
    private final int[] widths;
    private final int capacity;
    private final int mask;
    /** Flips a slot to the other slot of its pair (0 for a one-slot cache). */
    private final int pairMask;
    private final TokenFacts cursor = new TokenFacts();
    /** True for a pass whose token rows and cue strengths equal pass 0's ({@link FeatureExtractor#sameTokenRowsAs}). */
    private final boolean[] sharesRows;
    private final int[] rowIds;
    private final int[] rowAt;

    private int slots;
    private long[] keys;
    private byte[] types;
    private byte[] lengths;
    private char[] chars;
    private int[] epochs;
    private long[] lowers;
    private long[] shapes;
    private int[] wordClasses;
    private byte[][] strengths;
    private long[][] vectors;
    private final long[][] boundaries;
    /** One slot's vectors of one pass as ints, before {@link PackedQuanta#packSums}. */
    private final int[] unpacked;

    private int epoch;
    private int overflow;
    private int[] slotOf = new int[256];
    /** The chars of the article being resolved (read once, then hashed and compared from the array). */
    private char[] textChars = new char[1024];
    private long hits;
    private long lookups;

    /**
     * @param extractors the passes' extractors, first pass first
     * @param weights    each pass's weight rows, {@code 2^hashBits} rows packed by {@link PackedQuanta}
     * @param capacity   slots kept across articles, a power of two
     */
    TokenVectorCache(FeatureExtractor[] extractors, long[][] weights, int capacity) {
        if (extractors.length != weights.length || extractors.length == 0) {
            throw new IllegalArgumentException(extractors.length + " extractors for " + weights.length
                    + " weight tables");
        }
        if (capacity < 1 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity " + capacity + " is not a power of two");
        }
        this.extractors = extractors.clone();
        this.weights = weights.clone();
        this.capacity = capacity;
        this.mask = capacity - 1;
        this.pairMask = capacity > 1 ? 1 : 0;
        int passes = extractors.length;
        this.widths = new int[passes];
        this.boundaries = new long[passes][];
        int widest = 0;
        for (int p = 0; p < passes; p++) {
            widths[p] = (2 * extractors[p].tokenReach() + 1) * PackedQuanta.SUM_LONGS;
            widest = Math.max(widest, (2 * extractors[p].tokenReach() + 1) * STRIDE);
        }
        this.unpacked = new int[widest];
        for (int p = 0; p < passes; p++) {
            boundaries[p] = new long[widths[p]];
            int ints = (2 * extractors[p].tokenReach() + 1) * STRIDE;
            Arrays.fill(unpacked, 0);
            extractors[p].addTokenVectors(TokenFacts.boundary(), weights[p], unpacked, 0);
            pack(ints, boundaries[p], 0);
        }
        this.sharesRows = new boolean[passes];
        for (int p = 1; p < passes; p++) {
            sharesRows[p] = extractors[p].sameTokenRowsAs(extractors[0]);
        }
        this.rowIds = new int[extractors[0].tokenTemplates().length];
        this.rowAt = new int[rowIds.length];
        this.strengths = new byte[passes][];
        this.vectors = new long[passes][];
        allocate(capacity + INITIAL_OVERFLOW);
        Arrays.fill(lengths, (byte) -1);
    }

    private void allocate(int size) {
        int old = slots;
        slots = size;
        keys = keys == null ? new long[size] : Arrays.copyOf(keys, size);
        types = types == null ? new byte[size] : Arrays.copyOf(types, size);
        lengths = lengths == null ? new byte[size] : Arrays.copyOf(lengths, size);
        chars = chars == null ? new char[size * MAX_CHARS] : Arrays.copyOf(chars, size * MAX_CHARS);
        epochs = epochs == null ? new int[size] : Arrays.copyOf(epochs, size);
        lowers = lowers == null ? new long[size] : Arrays.copyOf(lowers, size);
        shapes = shapes == null ? new long[size] : Arrays.copyOf(shapes, size);
        wordClasses = wordClasses == null ? new int[size] : Arrays.copyOf(wordClasses, size);
        for (int p = 0; p < extractors.length; p++) {
            strengths[p] = strengths[p] == null ? new byte[size] : Arrays.copyOf(strengths[p], size);
            vectors[p] = vectors[p] == null ? new long[size * widths[p]] : Arrays.copyOf(vectors[p], size * widths[p]);
        }
        if (old > 0 && size > old) {
            Arrays.fill(lengths, old, size, (byte) -1);
        }
    }

    /**
     * Gives back the memory one huge article made the overflow area and the token map grow to (beyond
     * {@code maxTokens} tokens), so that a pooled cache does not keep it.
     */
    void trim(int maxTokens) {
        if (slots - capacity > maxTokens) {
            allocate(capacity + INITIAL_OVERFLOW);
        }
        if (slotOf.length > maxTokens) {
            slotOf = new int[256];
        }
        if (textChars.length > maxTokens * 8) {
            textChars = new char[1024];
        }
    }

    /**
     * Finds or fills the slot of every token of {@code segmentation}; afterwards {@link #slotOf()} maps token
     * index to slot, valid until the next call.
     */
    void resolve(Segmentation segmentation) {
        String text = segmentation.text();
        List<Token> tokens = segmentation.tokens();
        int n = tokens.size();
        if (slotOf.length < n) {
            slotOf = new int[Math.max(n, slotOf.length * 2)];
        }
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(epochs, 0);
            epoch = 1;
        }
        overflow = 0;
        lookups += n;
        int length0 = text.length();
        if (textChars.length < length0) {
            textChars = new char[Math.max(length0, textChars.length * 2)];
        }
        char[] cs = textChars;
        text.getChars(0, length0, cs, 0);
        for (int t = 0; t < n; t++) {
            Token token = tokens.get(t);
            int start = token.start();
            int end = token.end();
            TokenType tokenType = token.type();
            int type = tokenType.ordinal();
            int length = end - start;
            long h = 0xcbf29ce484222325L;
            for (int c = start; c < end; c++) {
                h ^= cs[c];
                h *= 0x100000001b3L;
            }
            long key = FeatureHash.mix(h + type);
            int slot = (int) key & mask;
            if (length <= MAX_CHARS) {
                int alternate = slot ^ pairMask;
                int found = holds(slot, key, length, type, cs, start) ? slot
                        : holds(alternate, key, length, type, cs, start) ? alternate : -1;
                if (found >= 0) {
                    hits++;
                    epochs[found] = epoch;
                    slotOf[t] = found;
                    continue;
                }
                int free = epochs[slot] != epoch ? slot : epochs[alternate] != epoch ? alternate : -1;
                if (free >= 0) {
                    keys[free] = key;
                    lengths[free] = (byte) length;
                    System.arraycopy(cs, start, chars, free * MAX_CHARS, length);
                    fill(free, text, start, end, tokenType);
                    slotOf[t] = free;
                    continue;
                }
            }
            slotOf[t] = overflowSlot(text, start, end, tokenType);
        }
    }

    private int overflowSlot(String text, int start, int end, TokenType type) {
        int slot = capacity + overflow++;
        if (slot >= slots) {
            allocate(capacity + 2 * (slots - capacity));
        }
        lengths[slot] = -1;
        fill(slot, text, start, end, type);
        return slot;
    }

    private boolean holds(int slot, long key, int length, int type, char[] text, int start) {
        return keys[slot] == key && lengths[slot] == length && types[slot] == type
                && sameChars(text, start, length, slot);
    }

    private boolean sameChars(char[] text, int start, int length, int slot) {
        int at = slot * MAX_CHARS;
        for (int c = 0; c < length; c++) {
            if (chars[at + c] != text[start + c]) {
                return false;
            }
        }
        return true;
    }

    private void fill(int slot, String text, int start, int end, TokenType tokenType) {
        int type = tokenType.ordinal();
        types[slot] = (byte) type;
        epochs[slot] = epoch;
        long lower = FeatureHash.lower(text, start, end);
        long shape = FeatureHash.shape(text, start, end);
        lowers[slot] = lower;
        shapes[slot] = shape;
        wordClasses[slot] = WordClasses.of(lower, tokenType, text, start, end);
        int rowCount = -1;
        int strength = 0;
        for (int p = 0; p < extractors.length; p++) {
            if (!sharesRows[p]) {
                strength = extractors[p].lexicon().strength(lower);
            }
            strengths[p][slot] = (byte) strength;
            int ints = widths[p] / PackedQuanta.SUM_LONGS * STRIDE;
            int[] v = unpacked;
            Arrays.fill(v, 0, ints, 0);
            if (p > 0 && sharesRows[p]) {
                for (int j = 0; j < rowCount; j++) {
                    PackedQuanta.addRow(weights[p], rowIds[j], v, rowAt[j]);
                }
            } else if (p == 0) {
                rowCount = extractors[0].tokenRows(cursor.set(text, start, end, type, lower, shape, strength), rowIds,
                        rowAt);
                for (int j = 0; j < rowCount; j++) {
                    PackedQuanta.addRow(weights[0], rowIds[j], v, rowAt[j]);
                }
            } else {
                extractors[p].addTokenVectors(cursor.set(text, start, end, type, lower, shape, strength), weights[p], v,
                        0);
            }
            pack(ints, vectors[p], slot * widths[p]);
        }
    }

    /** Packs the first {@code ints} ints of {@link #unpacked}, {@code STRIDE} at a time, into {@code into} from {@code at}. */
    private void pack(int ints, long[] into, int at) {
        for (int i = 0; i < ints; i += STRIDE) {
            PackedQuanta.packSums(unpacked, i, into, at + i / STRIDE * PackedQuanta.SUM_LONGS);
        }
    }

    /** Slot of each token of the last resolved article. */
    int[] slotOf() {
        return slotOf;
    }

    long lower(int slot) {
        return lowers[slot];
    }

    long shape(int slot) {
        return shapes[slot];
    }

    /** {@link WordClasses#of} of the token in slot {@code slot}. */
    int wordClass(int slot) {
        return wordClasses[slot];
    }

    int strength(int pass, int slot) {
        return strengths[pass][slot];
    }

    /**
     * Pass {@code pass}'s token vectors, each packed by {@link PackedQuanta#packSums}: slot {@code s}'s vector for
     * offset {@code d} starts at {@code s * width + (d + reach) * SUM_LONGS}.
     */
    long[] vectors(int pass) {
        return vectors[pass];
    }

    /** Longs per slot of pass {@code pass}: {@code (2 * reach + 1) * SUM_LONGS}. */
    int width(int pass) {
        return widths[pass];
    }

    /** Pass {@code pass}'s vectors of the boundary facts, laid out like one slot. */
    long[] boundary(int pass) {
        return boundaries[pass];
    }

    /** Share of token lookups answered from the cache so far. */
    double hitRate() {
        return lookups == 0 ? 0 : hits / (double) lookups;
    }
}
