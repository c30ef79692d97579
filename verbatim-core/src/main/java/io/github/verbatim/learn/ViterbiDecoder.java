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

    static {
        for (int prev = 0; prev <= T; prev++) {
            for (int next = 0; next < T; next++) {
                ALLOWED[prev * T + next] = BioTags.allowed(prev == T ? -1 : prev, next);
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
     * Decodes {@code features} into {@code out} (length at least {@code features.length()}).
     *
     * @param weights     rows of {@link BioTags#STRIDE} floats, one per feature row
     * @param transitions {@code (COUNT + 1) * COUNT} scores, the last row for the sequence start
     */
    public static void decode(SequenceFeatures features, float[] weights, float[] transitions, int[] out) {
        int n = features.length();
        if (n == 0) {
            return;
        }
        int[] offsets = features.offsets();
        int[] rows = features.rows();
        float[] score = new float[n * T];
        int[] back = new int[n * T];
        float[] emit = new float[T];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(emit, 0f);
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                int base = rows[k] * STRIDE;
                for (int y = 0; y < T; y++) {
                    emit[y] += weights[base + y];
                }
            }
            int at = i * T;
            if (i == 0) {
                for (int y = 0; y < T; y++) {
                    score[y] = ALLOWED[START * T + y] ? transitions[START * T + y] + emit[y]
                            : Float.NEGATIVE_INFINITY;
                }
                continue;
            }
            int prevAt = at - T;
            for (int y = 0; y < T; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < T; p++) {
                    if (!ALLOWED[p * T + y]) {
                        continue;
                    }
                    float s = score[prevAt + p] + transitions[p * T + y];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[at + y] = best + emit[y];
                back[at + y] = arg;
            }
        }
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
