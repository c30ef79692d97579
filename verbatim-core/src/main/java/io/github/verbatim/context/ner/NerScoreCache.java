package io.github.verbatim.context.ner;

import java.util.Arrays;

/**
 * Summed weight rows of one {@link NerModel}, kept across the documents one thread tags, so that a feature
 * group seen before costs one lookup instead of a gather of a dozen rows:
 * <ul>
 *   <li>the word features ({@link NerFeatures#wordFeatures}) of each distinct token text, with the four rows
 *       the text gives its neighbours ({@link NerFeatures#neighbourFeatures}), keyed by the text itself
 *       (compared character by character, so two texts never share a sum);</li>
 *   <li>the shape-and-position features ({@link NerFeatures#shapeContextFeatures}) of each distinct
 *       {@link NerFeatures#shapeContextKey} (compared in full);</li>
 *   <li>the two label features that read only the previous two labels ({@link NerFeatures#labelPairFeatures}),
 *       for every pair of labels.</li>
 * </ul>
 * Scores are integer sums, so a cached sum is exactly the sum of its rows in any order. Each cache holds at
 * most a fixed number of entries and is emptied when full, so memory stays bounded on any stream of
 * documents (with the default sizes about 2 MB, at most about 3 MB, scratch rows included). Not thread-safe:
 * one instance per thread (see {@link NerTagger}).
 */
final class NerScoreCache {

    /** Tokens longer than this are scored without the word cache (their text is not stored). */
    static final int MAX_CACHED_WORD = 48;

    private static final int ROW = NerLabels.COUNT;
    /** Ints a token's rows take (see {@link #tokenRows}): its word sum and its four neighbour rows. */
    static final int TOKEN_ROWS = ROW * 5;
    private static final int LABEL_STATES = NerLabels.COUNT + 1; // -1 (no previous label) and every label

    private final NerModel model;

    private final int wordEntries;
    private final long[] wordHashes;
    private final int wordShift;
    private final int[] wordEntryOf;
    private final int[] wordStart;
    private final int[] wordLength;
    private final int[] wordRows;
    private char[] wordChars = new char[4096];
    private int wordCount;
    private int wordCharsUsed;
    private int[] boundaryRows;
    /** Longest sentence, in tokens, whose scratch rows are kept (about 90 KB). */
    static final int KEPT_SCRATCH_TOKENS = 512;
    private int[] sentenceRows = new int[64 * TOKEN_ROWS];

    private final int contextEntries;
    private final long[] contextKeys;
    private final int[] contextRows;
    private int contextCount;
    private final long[] key = new long[4];

    private final int[] pairRows = new int[LABEL_STATES * LABEL_STATES * ROW];
    private final boolean[] pairKnown = new boolean[LABEL_STATES * LABEL_STATES];

    /** Caches of the default sizes: 8,192 words and 2,048 shape contexts. */
    NerScoreCache(NerModel model) {
        this(model, 8192, 2048);
    }

    /** Caches that hold at most {@code wordEntries} words and {@code contextEntries} contexts (powers of two). */
    NerScoreCache(NerModel model, int wordEntries, int contextEntries) {
        if (Integer.bitCount(wordEntries) != 1 || Integer.bitCount(contextEntries) != 1) {
            throw new IllegalArgumentException("cache sizes must be powers of two: " + wordEntries + ", "
                    + contextEntries);
        }
        this.model = model;
        this.wordEntries = wordEntries;
        wordHashes = new long[wordEntries * 2];
        wordShift = 64 - Integer.numberOfTrailingZeros(wordEntries * 2);
        wordEntryOf = new int[wordEntries * 2];
        wordStart = new int[wordEntries];
        wordLength = new int[wordEntries];
        wordRows = new int[wordEntries * TOKEN_ROWS];
        this.contextEntries = contextEntries;
        contextKeys = new long[contextEntries * 2 * 4];
        contextRows = new int[contextEntries * 2 * ROW];
    }

    /**
     * Writes token {@code j}'s rows to {@code out[offset .. offset + TOKEN_ROWS)}: the summed rows of its word
     * features ({@link NerFeatures#wordFeatures}), then the row of each of its four
     * {@link NerFeatures#neighbourFeatures} in their order. All depend on the token's text alone, so they are
     * kept per distinct text. {@code buffer} is scratch.
     */
    void tokenRows(NerFeatures features, int j, int[] buffer, int[] out, int offset) {
        int start = features.tokenStart(j);
        int length = features.tokenEnd(j) - start;
        if (length > MAX_CACHED_WORD) {
            computeTokenRows(features, j, buffer, out, offset);
            return;
        }
        String text = features.text();
        long hash = features.wordKey(j);
        if (hash == 0) {
            hash = 1; // 0 marks an empty slot
        }
        int mask = wordHashes.length - 1;
        int slot = wordHome(hash);
        while (wordHashes[slot] != 0) {
            if (wordHashes[slot] == hash) {
                int entry = wordEntryOf[slot];
                if (wordLength[entry] == length && sameText(text, start, wordStart[entry], length)) {
                    System.arraycopy(wordRows, entry * TOKEN_ROWS, out, offset, TOKEN_ROWS);
                    return;
                }
            }
            slot = (slot + 1) & mask;
        }
        computeTokenRows(features, j, buffer, out, offset);
        if (wordCount == wordEntries) {
            Arrays.fill(wordHashes, 0);
            wordCount = 0;
            wordCharsUsed = 0;
            slot = wordHome(hash);
        }
        if (wordCharsUsed + length > wordChars.length) {
            wordChars = Arrays.copyOf(wordChars, Math.max(wordChars.length * 2, wordCharsUsed + length));
        }
        int entry = wordCount++;
        text.getChars(start, start + length, wordChars, wordCharsUsed);
        wordStart[entry] = wordCharsUsed;
        wordLength[entry] = length;
        wordCharsUsed += length;
        System.arraycopy(out, offset, wordRows, entry * TOKEN_ROWS, TOKEN_ROWS);
        wordHashes[slot] = hash;
        wordEntryOf[slot] = entry;
    }

    private void computeTokenRows(NerFeatures features, int j, int[] buffer, int[] out, int offset) {
        Arrays.fill(out, offset, offset + TOKEN_ROWS, 0);
        model.accumulate(buffer, features.wordFeatures(j, buffer, 0), out, offset);
        features.neighbourFeatures(j, buffer, 0);
        for (int k = 0; k < 4; k++) {
            model.addRow(buffer[k], out, offset + ROW * (1 + k));
        }
    }

    /**
     * A scratch array for the {@link #tokenRows} of {@code tokens} tokens, reused from call to call up to
     * {@link #KEPT_SCRATCH_TOKENS} tokens (a longer sentence gets an array of its own, not kept).
     */
    int[] sentenceRows(int tokens) {
        if (tokens > KEPT_SCRATCH_TOKENS) {
            return new int[tokens * TOKEN_ROWS];
        }
        if (sentenceRows.length < tokens * TOKEN_ROWS) {
            sentenceRows = new int[KEPT_SCRATCH_TOKENS * TOKEN_ROWS];
        }
        return sentenceRows;
    }

    /**
     * The rows a position outside the sentence gives as a neighbour, laid out as {@link #tokenRows} (the word
     * part is zero): the rows of {@link NerFeatures#boundaryNeighbourFeatures}. Computed once.
     */
    int[] boundaryRows(NerFeatures features, int[] buffer) {
        if (boundaryRows == null) {
            int[] rows = new int[TOKEN_ROWS];
            features.boundaryNeighbourFeatures(buffer, 0);
            for (int k = 0; k < 4; k++) {
                model.addRow(buffer[k], rows, ROW * (1 + k));
            }
            boundaryRows = rows;
        }
        return boundaryRows;
    }

    /** A word's first slot: the top bits of a multiplicative mix of its FNV hash, which spreads them evenly. */
    private int wordHome(long hash) {
        return (int) ((hash * 0x9E3779B97F4A7C15L) >>> wordShift);
    }

    private boolean sameText(String text, int start, int stored, int length) {
        char[] chars = wordChars;
        for (int k = 0; k < length; k++) {
            if (text.charAt(start + k) != chars[stored + k]) {
                return false;
            }
        }
        return true;
    }

    /** Adds the summed rows of token {@code i}'s shape-and-position features to {@code scores}. */
    void addShapeContextScores(NerFeatures features, int i, int[] buffer, int[] scores) {
        long[] k = key;
        features.shapeContextKey(i, k, 0);
        long h = k[0] * 0x9E3779B97F4A7C15L + k[1];
        h = h * 0x9E3779B97F4A7C15L + k[2];
        h = h * 0x9E3779B97F4A7C15L + k[3];
        h ^= h >>> 31;
        int mask = contextKeys.length / 4 - 1;
        int slot = (int) (h ^ (h >>> 17)) & mask;
        long[] keys = contextKeys;
        while (keys[slot * 4 + 3] != 0) {
            int at = slot * 4;
            if (keys[at] == k[0] && keys[at + 1] == k[1] && keys[at + 2] == k[2] && keys[at + 3] == k[3]) {
                add(contextRows, slot * ROW, scores);
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (contextCount == contextEntries) {
            Arrays.fill(keys, 0);
            contextCount = 0;
            slot = (int) (h ^ (h >>> 17)) & mask;
        }
        int at = slot * 4;
        keys[at] = k[0];
        keys[at + 1] = k[1];
        keys[at + 2] = k[2];
        keys[at + 3] = k[3]; // never 0: bit 62 is set
        Arrays.fill(contextRows, slot * ROW, slot * ROW + ROW, 0);
        model.accumulate(buffer, features.shapeContextFeatures(i, buffer, 0), contextRows, slot * ROW);
        contextCount++;
        add(contextRows, slot * ROW, scores);
    }

    /** Adds the summed rows of the two label features of the previous labels {@code prev}, {@code prev2}. */
    void addLabelPairScores(NerFeatures features, int prev, int prev2, int[] buffer, int[] scores) {
        int pair = (prev + 1) * LABEL_STATES + prev2 + 1;
        if (!pairKnown[pair]) {
            model.accumulate(buffer, features.labelPairFeatures(prev, prev2, buffer, 0), pairRows, pair * ROW);
            pairKnown[pair] = true;
        }
        add(pairRows, pair * ROW, scores);
    }

    static void add(int[] rows, int offset, int[] scores) {
        scores[0] += rows[offset];
        scores[1] += rows[offset + 1];
        scores[2] += rows[offset + 2];
        scores[3] += rows[offset + 3];
        scores[4] += rows[offset + 4];
        scores[5] += rows[offset + 5];
        scores[6] += rows[offset + 6];
        scores[7] += rows[offset + 7];
        scores[8] += rows[offset + 8];
    }
}
