package io.github.verbatim.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Viterbi against brute force over every allowed tag sequence, on seeded random weights; and the seven-tag
 * recursion against the plain one, float for float, on seeded random scores with many ties.
 */
class ViterbiDecoderTest {

    private static final int T = BioTags.COUNT;

    @Test
    void findsTheBestAllowedSequence() {
        Random random = new Random(20261128L);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(4);
            int features = 1 << 10;
            float[] weights = new float[features * BioTags.STRIDE];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (float) random.nextGaussian();
            }
            float[] transitions = new float[(T + 1) * T];
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] = (float) random.nextGaussian();
            }
            int perToken = 1 + random.nextInt(3);
            int[] offsets = new int[n + 1];
            int[] rows = new int[n * perToken];
            for (int i = 0; i < n; i++) {
                offsets[i + 1] = offsets[i] + perToken;
                for (int k = 0; k < perToken; k++) {
                    rows[i * perToken + k] = random.nextInt(features);
                }
            }
            SequenceFeatures f = new SequenceFeatures(0, n, offsets, rows);
            int[] viterbi = new int[n];
            ViterbiDecoder.decode(f, weights, transitions, viterbi);
            int[] best = bruteForce(f, weights, transitions);
            assertEquals(score(f, weights, transitions, best), score(f, weights, transitions, viterbi), 1e-4,
                    "trial " + trial);
            assertArrayEquals(best, viterbi, "trial " + trial);
        }
    }

    @Test
    void sevenTagRecursionEqualsThePlainOneBitForBit() {
        Random random = new Random(20261128L);
        for (int trial = 0; trial < 3000; trial++) {
            int n = random.nextInt(40);
            // few distinct values, so that equal sums (ties) are common; sometimes whole-number scores only
            int levels = 1 + random.nextInt(trial % 3 == 0 ? 3 : 50);
            float[] emissions = new float[n * T];
            for (int i = 0; i < emissions.length; i++) {
                emissions[i] = value(random, levels);
            }
            float[] transitions = new float[(T + 1) * T];
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] = value(random, levels);
            }
            float[] plainScore = new float[n * T];
            float[] fastScore = new float[n * T];
            int[] plainBack = new int[n * T];
            int[] fastBack = new int[n * T];
            int[] plain = new int[n];
            int[] fast = new int[n];
            ViterbiDecoder.decodeAnyTags(n, emissions, transitions, plain, plainScore, plainBack);
            ViterbiDecoder.decodeSevenTags(n, emissions, transitions, fast, fastScore, fastBack);
            for (int i = 0; i < n * T; i++) {
                assertEquals(Float.floatToRawIntBits(plainScore[i]), Float.floatToRawIntBits(fastScore[i]),
                        "trial " + trial + ", score " + i);
            }
            // back pointers of position 0 are never written
            for (int i = T; i < n * T; i++) {
                assertEquals(plainBack[i], fastBack[i], "trial " + trial + ", back pointer " + i);
            }
            assertArrayEquals(plain, fast, "trial " + trial);
            int[] viaDecode = new int[n];
            ViterbiDecoder.decode(n, emissions, transitions, viaDecode);
            assertArrayEquals(plain, viaDecode, "trial " + trial);
        }
    }

    private static float value(Random random, int levels) {
        int v = random.nextInt(2 * levels + 1) - levels;
        if (v == 0 && random.nextBoolean()) {
            return -0.0f; // sums of signed zeros must come out with the same sign bit too
        }
        return random.nextBoolean() ? v : v * 0.37f;
    }

    private static int[] bruteForce(SequenceFeatures f, float[] w, float[] t) {
        int n = f.length();
        int[] current = new int[n];
        int[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int total = (int) Math.pow(T, n);
        for (int code = 0; code < total; code++) {
            int c = code;
            for (int i = n - 1; i >= 0; i--) {
                current[i] = c % T;
                c /= T;
            }
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) {
                ok = BioTags.allowed(i == 0 ? -1 : current[i - 1], current[i]);
            }
            if (!ok) {
                continue;
            }
            double s = score(f, w, t, current);
            if (s > bestScore) {
                bestScore = s;
                best = current.clone();
            }
        }
        return best;
    }

    private static double score(SequenceFeatures f, float[] w, float[] t, int[] tags) {
        double s = 0;
        for (int i = 0; i < f.length(); i++) {
            int prev = i == 0 ? ViterbiDecoder.START : tags[i - 1];
            s += t[prev * T + tags[i]];
            for (int k = f.offsets()[i]; k < f.offsets()[i + 1]; k++) {
                s += w[f.rows()[k] * BioTags.STRIDE + tags[i]];
            }
        }
        return s;
    }
}
