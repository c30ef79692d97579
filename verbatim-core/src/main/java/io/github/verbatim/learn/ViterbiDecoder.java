package io.github.verbatim.learn;

/**
 * Finds the highest-scoring tag sequence of a first-order linear-chain model: per-token emission scores are
 * the sum of the weight rows of the token's features, transitions score consecutive tag pairs, and tag
 * pairs that {@link BioTags#allowed} rejects are impossible. Stateless; safe to share.
 */
public final class ViterbiDecoder {

    /** Index of the start row in a transition table of {@code (COUNT + 1) * COUNT} entries. */
    public static final int START = BioTags.COUNT;

    private static final int T = BioTags.COUNT;
    private static final int STRIDE = BioTags.STRIDE;
    private static final boolean[] ALLOWED = new boolean[(T + 1) * T];
    /** For each tag, the tags (not the start) it may follow, ascending. */
    private static final int[][] PREDECESSORS = new int[T][];

    static {
        for (int prev = 0; prev <= T; prev++) {
            for (int next = 0; next < T; next++) {
                ALLOWED[prev * T + next] = BioTags.allowed(prev == T ? -1 : prev, next);
            }
        }
        for (int next = 0; next < T; next++) {
            int count = 0;
            for (int prev = 0; prev < T; prev++) {
                count += ALLOWED[prev * T + next] ? 1 : 0;
            }
            PREDECESSORS[next] = new int[count];
            count = 0;
            for (int prev = 0; prev < T; prev++) {
                if (ALLOWED[prev * T + next]) {
                    PREDECESSORS[next][count++] = prev;
                }
            }
        }
    }

    private ViterbiDecoder() {
    }

    /** True when the transition table entry {@code prev * COUNT + next} is allowed. */
    static boolean allowed(int prev, int next) {
        return ALLOWED[prev * T + next];
    }

    /**
     * Decodes {@code features} into {@code out} (length at least {@code features.length()}), with float weights.
     *
     * @param weights     rows of {@link BioTags#STRIDE} floats, one per feature row
     * @param transitions {@code (COUNT + 1) * COUNT} scores, the last row for the sequence start
     */
    public static void decode(SequenceFeatures features, float[] weights, float[] transitions, int[] out) {
        int n = features.length();
        float[] emissions = new float[n * T];
        int[] offsets = features.offsets();
        int[] rows = features.rows();
        for (int i = 0; i < n; i++) {
            int at = i * T;
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                int base = rows[k] * STRIDE;
                for (int y = 0; y < T; y++) {
                    emissions[at + y] += weights[base + y];
                }
            }
        }
        decode(n, emissions, transitions, out);
    }

    /**
     * Decodes {@code features} into {@code out} with 16-bit weight rows packed by {@link PackedQuanta}: a weight
     * is its quantum times {@code scale}. Sums stay in ints, so a token's emission costs one multiplication per
     * tag.
     */
    static void decode(SequenceFeatures features, long[] weights, float scale, float[] transitions,
            int[] out) {
        int n = features.length();
        float[] emissions = new float[n * T];
        int[] offsets = features.offsets();
        int[] rows = features.rows();
        int[] sum = new int[STRIDE];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(sum, 0);
            PackedQuanta.addRows(weights, rows, offsets[i], offsets[i + 1], sum);
            int at = i * T;
            for (int y = 0; y < T; y++) {
                emissions[at + y] = sum[y] * scale;
            }
        }
        decode(n, emissions, transitions, out);
    }

    /**
     * Decodes a sequence of {@code n} tokens given its emission scores ({@code n * COUNT}, token-major) into
     * {@code out}.
     */
    public static void decode(int n, float[] emissions, float[] transitions, int[] out) {
        decode(n, emissions, transitions, out, new float[n * T], new int[n * T]);
    }

    /**
     * As {@link #decode(int, float[], float[], int[])}, with caller-owned work arrays {@code score} and
     * {@code back} of at least {@code n * COUNT} entries, so that repeated decoding allocates nothing.
     * Only allowed predecessors are visited, in ascending order, so ties break as in a full scan. With the
     * three roles of today's tag set this runs {@link #decodeSevenTags}, which computes the same floats in the
     * same order with the previous position's scores held in locals; {@link #decodeAnyTags} is the plain
     * recursion it must equal (see ViterbiDecoderTest).
     */
    public static void decode(int n, float[] emissions, float[] transitions, int[] out, float[] score, int[] back) {
        if (T == 7) {
            decodeSevenTags(n, emissions, transitions, out, score, back);
        } else {
            decodeAnyTags(n, emissions, transitions, out, score, back);
        }
    }

    /** The plain recursion over {@link #PREDECESSORS}, for any number of tags. */
    static void decodeAnyTags(int n, float[] emissions, float[] transitions, int[] out, float[] score, int[] back) {
        if (n == 0) {
            return;
        }
        start(emissions, transitions, score);
        for (int i = 1; i < n; i++) {
            int at = i * T;
            int prevAt = at - T;
            for (int y = 0; y < T; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                int[] from = PREDECESSORS[y];
                for (int f = 0; f < from.length; f++) {
                    int p = from[f];
                    float s = score[prevAt + p] + transitions[p * T + y];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[at + y] = best + emissions[at + y];
                back[at + y] = arg;
            }
        }
        backtrack(n, out, score, back);
    }

    /**
     * The recursion for exactly seven tags (O and three roles, numbered as {@link BioTags} says: role {@code r}
     * begins with {@code 1 + 2r} and continues with {@code 2 + 2r}): O and the begin tags may follow any tag,
     * an inside tag only its role's begin and inside tags. The previous position's seven scores live in locals
     * and each predecessor is compared in ascending order against the best so far, starting from negative
     * infinity and predecessor 0 as {@link #decodeAnyTags} does, so every score and back pointer is the same
     * float and int; about twice as fast because nothing is looked up per predecessor. The tags are unrolled
     * ({@link #anyPredecessor}, {@link #inside}) so that every transition index is a constant and the scores
     * pass from one position to the next in locals.
     */
    static void decodeSevenTags(int n, float[] emissions, float[] transitions, int[] out, float[] score,
            int[] back) {
        if (T != 7) {
            throw new IllegalStateException(T + " tags, not 7");
        }
        if (n == 0) {
            return;
        }
        start(emissions, transitions, score);
        float p0 = score[0];
        float p1 = score[1];
        float p2 = score[2];
        float p3 = score[3];
        float p4 = score[4];
        float p5 = score[5];
        float p6 = score[6];
        for (int i = 1; i < n; i++) {
            int at = i * 7;
            // O and the begin tags 1, 3, 5 may follow any tag; unrolled so that every index is a constant
            float q0 = anyPredecessor(0, at, p0, p1, p2, p3, p4, p5, p6, emissions, transitions, back);
            float q1 = anyPredecessor(1, at, p0, p1, p2, p3, p4, p5, p6, emissions, transitions, back);
            float q3 = anyPredecessor(3, at, p0, p1, p2, p3, p4, p5, p6, emissions, transitions, back);
            float q5 = anyPredecessor(5, at, p0, p1, p2, p3, p4, p5, p6, emissions, transitions, back);
            // the inside tags 2, 4, 6 follow their begin tag y - 1 or themselves
            float q2 = inside(2, at, p1, p2, emissions, transitions, back);
            float q4 = inside(4, at, p3, p4, emissions, transitions, back);
            float q6 = inside(6, at, p5, p6, emissions, transitions, back);
            score[at] = q0;
            score[at + 1] = q1;
            score[at + 2] = q2;
            score[at + 3] = q3;
            score[at + 4] = q4;
            score[at + 5] = q5;
            score[at + 6] = q6;
            p0 = q0;
            p1 = q1;
            p2 = q2;
            p3 = q3;
            p4 = q4;
            p5 = q5;
            p6 = q6;
        }
        backtrack(n, out, score, back);
    }

    /**
     * One step of {@link #decodeSevenTags} for a tag {@code y} that may follow any tag: compares the seven
     * predecessors in ascending order against the best so far, from negative infinity and predecessor 0, writes
     * the back pointer of position {@code at / 7} and returns its score.
     */
    private static float anyPredecessor(int y, int at, float p0, float p1, float p2, float p3, float p4, float p5,
            float p6, float[] emissions, float[] transitions, int[] back) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        float s = p0 + transitions[y];
        if (s > best) {
            best = s;
        }
        s = p1 + transitions[7 + y];
        if (s > best) {
            best = s;
            arg = 1;
        }
        s = p2 + transitions[14 + y];
        if (s > best) {
            best = s;
            arg = 2;
        }
        s = p3 + transitions[21 + y];
        if (s > best) {
            best = s;
            arg = 3;
        }
        s = p4 + transitions[28 + y];
        if (s > best) {
            best = s;
            arg = 4;
        }
        s = p5 + transitions[35 + y];
        if (s > best) {
            best = s;
            arg = 5;
        }
        s = p6 + transitions[42 + y];
        if (s > best) {
            best = s;
            arg = 6;
        }
        back[at + y] = arg;
        return best + emissions[at + y];
    }

    /**
     * One step of {@link #decodeSevenTags} for an inside tag {@code y}, which follows only its begin tag
     * {@code y - 1} (previous score {@code begin}) or itself ({@code self}): writes the back pointer and returns
     * the score, compared in the same order as {@link #decodeAnyTags}.
     */
    private static float inside(int y, int at, float begin, float self, float[] emissions, float[] transitions,
            int[] back) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        float s = begin + transitions[(y - 1) * 7 + y];
        if (s > best) {
            best = s;
            arg = y - 1;
        }
        s = self + transitions[y * 7 + y];
        if (s > best) {
            best = s;
            arg = y;
        }
        back[at + y] = arg;
        return best + emissions[at + y];
    }

    private static void start(float[] emissions, float[] transitions, float[] score) {
        for (int y = 0; y < T; y++) {
            score[y] = ALLOWED[START * T + y] ? transitions[START * T + y] + emissions[y] : Float.NEGATIVE_INFINITY;
        }
    }

    private static void backtrack(int n, int[] out, float[] score, int[] back) {
        int lastAt = (n - 1) * T;
        int best = 0;
        for (int y = 1; y < T; y++) {
            if (score[lastAt + y] > score[lastAt + best]) {
                best = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = best;
            best = back[i * T + best];
        }
    }
}
