package io.github.verbatim.context.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NerModel#accumulate} (rows read ahead, summed in locals) against the plain loop of
 * {@link NerModel#addRow}: integer sums, so the two must agree exactly, signed features included.
 */
class NerModelAccumulateTest {

    private static final int BITS = 10;

    private static NerModel randomModel(long seed) {
        Random random = new Random(seed);
        float[] trained = new float[(1 << BITS) * NerLabels.COUNT];
        for (int i = 0; i < trained.length; i++) {
            trained[i] = random.nextInt(5) == 0 ? 0f : (float) random.nextGaussian() * 3f;
        }
        return new NerModel(BITS, FeatureHashing.SIGNED_NO_BIGRAMS, trained, Map.of("data", "random"));
    }

    private static int[] byAddRow(NerModel model, int[] features, int n, int[] start, int offset) {
        int[] scores = start.clone();
        for (int k = 0; k < n; k++) {
            model.addRow(features[k], scores, offset);
        }
        return scores;
    }

    @Test
    void noFeaturesLeaveTheScoresAlone() {
        NerModel model = randomModel(1);
        int[] scores = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        model.accumulate(new int[4], 0, scores);
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, scores);
    }

    @Test
    void aFeatureAndItsSignedTwinCancel() {
        NerModel model = randomModel(2);
        int[] scores = new int[NerLabels.COUNT];
        model.accumulate(new int[] {37, 37 | Integer.MIN_VALUE}, 2, scores);
        assertArrayEquals(new int[NerLabels.COUNT], scores);
    }

    @Test
    void seededRandomFeaturesMatchTheRowByRowSum() {
        for (long seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            NerModel model = randomModel(seed % 5);
            int n = random.nextInt(NerFeatures.MAX_TOKEN_FEATURES + 1);
            int[] features = new int[NerFeatures.MAX_TOKEN_FEATURES + 3];
            for (int k = 0; k < features.length; k++) {
                int bucket = random.nextInt(1 << BITS);
                features[k] = random.nextBoolean() ? bucket | Integer.MIN_VALUE : bucket;
            }
            int offset = random.nextInt(3) * NerLabels.COUNT;
            int[] start = new int[offset + NerLabels.COUNT + 5];
            for (int i = 0; i < start.length; i++) {
                start[i] = random.nextInt(2001) - 1000;
            }
            int[] expected = byAddRow(model, features, n, start, offset);
            int[] actual = start.clone();
            model.accumulate(features, n, actual, offset);
            assertArrayEquals(expected, actual, "seed " + seed);
        }
    }

    @Test
    void theShippedModelAgreesToo() {
        NerModel model = NerTagger.standard().model();
        Random random = new Random(42);
        for (int round = 0; round < 100; round++) {
            int n = 1 + random.nextInt(NerFeatures.MAX_TOKEN_FEATURES);
            int[] features = new int[n];
            for (int k = 0; k < n; k++) {
                int bucket = random.nextInt(1 << model.bucketBits());
                features[k] = random.nextBoolean() ? bucket | Integer.MIN_VALUE : bucket;
            }
            int[] start = new int[NerLabels.COUNT];
            int[] actual = start.clone();
            model.accumulate(features, n, actual);
            assertArrayEquals(byAddRow(model, features, n, start, 0), actual, "round " + round);
        }
    }
}
