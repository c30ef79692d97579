package io.github.verbatim.learn;

/**
 * Reusable working arrays of {@link FeatureExtractor} for one paragraph: the per-token facts the caller
 * provides ({@link #lower}, {@link #shape}, {@link #lexStrength}), the per-token context the extractor derives,
 * and the resulting feature rows ({@code rows[offsets[i] .. offsets[i + 1])} for token {@code i}; the stacked
 * templates' rows alone, when asked for separately, in {@link #stackedRows} by {@link #stackedOffsets}). Grows on
 * demand and is never shrunk, so a tagging thread allocates nothing per paragraph once warm. Not thread-safe.
 */
final class ParagraphScratch {

    long[] lower = new long[0];
    long[] shape = new long[0];
    int[] lexStrength = new int[0];
    int[] wordClass = new int[0];
    int[] commasToCue = new int[0];
    char[] firstChar = new char[0];
    boolean[] punct = new boolean[0];
    int[] sentenceOf = new int[0];
    int[] posInSentence = new int[0];
    int[] sentenceLength = new int[0];
    int[] quoteMark = new int[0];
    boolean[] inQuote = new boolean[0];
    int[] sinceMark = new int[0];
    int[] nextMark = new int[0];
    int[] lexLeft = new int[0];
    int[] lexRight = new int[0];
    boolean[] sentenceHasLex = new boolean[0];
    int[] prevPunct = new int[0];
    int[] nextPunct = new int[0];
    int[] cueLeft = new int[0];
    int[] cueRight = new int[0];
    int[] srcLeft = new int[0];
    int[] srcRight = new int[0];
    int[] sentenceRoles = new int[0];
    int[] previousSentenceRoles = new int[0];
    int[] offsets = new int[1];
    int[] rows = new int[64];
    int[] stackedOffsets = new int[1];
    int[] stackedRows = new int[64];
    final TokenFacts cursor = new TokenFacts();
    final TokenFacts boundary = TokenFacts.boundary();

    /** Makes every per-token array hold at least {@code n} tokens (contents are not kept). */
    void ensure(int n) {
        if (lower.length >= n) {
            return;
        }
        allocate(Math.max(n, lower.length * 2));
    }

    private void allocate(int size) {
        lower = new long[size];
        shape = new long[size];
        lexStrength = new int[size];
        wordClass = new int[size];
        commasToCue = new int[size];
        firstChar = new char[size];
        punct = new boolean[size];
        sentenceOf = new int[size];
        posInSentence = new int[size];
        sentenceLength = new int[size];
        quoteMark = new int[size];
        inQuote = new boolean[size];
        sinceMark = new int[size];
        nextMark = new int[size];
        lexLeft = new int[size];
        lexRight = new int[size];
        sentenceHasLex = new boolean[size];
        prevPunct = new int[size];
        nextPunct = new int[size];
        cueLeft = new int[size];
        cueRight = new int[size];
        srcLeft = new int[size];
        srcRight = new int[size];
        sentenceRoles = new int[size];
        previousSentenceRoles = new int[size];
        offsets = new int[size + 1];
        stackedOffsets = new int[size + 1];
    }

    /** Drops the arrays when they have grown past {@code maxTokens} tokens, so one huge paragraph is not kept. */
    void trim(int maxTokens) {
        if (lower.length > maxTokens) {
            allocate(0);
        }
        if (rows.length > maxTokens * 64) {
            rows = new int[64];
        }
        if (stackedRows.length > maxTokens * FeatureExtractor.STACKED_ROWS_MAX) {
            stackedRows = new int[64];
        }
    }

    /** Makes {@link #stackedRows} hold at least {@code needed} entries (contents are not kept). */
    void ensureStackedRows(int needed) {
        if (stackedRows.length < needed) {
            stackedRows = new int[Math.max(needed, stackedRows.length * 2)];
        }
    }

    /** Makes {@link #rows} hold at least {@code needed} entries, keeping its contents. */
    void ensureRows(int needed) {
        if (rows.length < needed) {
            rows = java.util.Arrays.copyOf(rows, Math.max(needed, rows.length * 2));
        }
    }
}
