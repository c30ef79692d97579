package io.github.verbatim.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Trains a {@link TaggerModel} with the averaged structured perceptron (Collins 2002): for each training
 * sequence in a seeded random order, decode with the current weights and, where the best sequence differs
 * from the gold one, add the gold sequence's features and subtract the predicted one's. The returned model
 * holds the weights averaged over every step, which generalises far better than the last weights.
 *
 * <p>Deterministic: the same examples, epochs and seed give bit-identical weights. Not thread-safe; one
 * instance per training run.
 */
public final class PerceptronTrainer {

    /** One gold-tagged sequence. */
    public record Example(SequenceFeatures features, int[] tags) {
        public Example {
            Objects.requireNonNull(features, "features");
            if (tags.length != features.length()) {
                throw new IllegalArgumentException(tags.length + " tags for " + features.length() + " tokens");
            }
        }
    }

    /** Told after every epoch, with the averaged model so far. */
    @FunctionalInterface
    public interface EpochListener {
        /**
         * @param epoch    1-based epoch number
         * @param mistakes tokens whose predicted tag differed from gold during the epoch
         * @param tokens   tokens seen during the epoch
         * @param model    the averaged model after this epoch
         */
        void epochDone(int epoch, long mistakes, long tokens, TaggerModel model);
    }

    private static final int T = BioTags.COUNT;
    private static final int STRIDE = BioTags.STRIDE;

    private final FeatureExtractor extractor;
    private final int epochs;
    private final long seed;
    private final TaggerModel base;

    /**
     * @param extractor the extractor that produced the examples' features
     * @param epochs    passes over the data, 1..1000
     * @param seed      seed of the shuffling order
     * @param base      the first-pass model of a stacked extractor, else null
     */
    public PerceptronTrainer(FeatureExtractor extractor, int epochs, long seed, TaggerModel base) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.base = base;
        if (epochs < 1 || epochs > 1000) {
            throw new IllegalArgumentException("epochs " + epochs + " outside 1..1000");
        }
        this.epochs = epochs;
        this.seed = seed;
    }

    /** Trains on {@code examples}; {@code listener} may be null. */
    public TaggerModel train(List<Example> examples, String description, EpochListener listener) {
        int size = (1 << extractor.hashBits()) * STRIDE;
        float[] w = new float[size];
        double[] u = new double[size];
        float[] tw = new float[(T + 1) * T];
        double[] tu = new double[(T + 1) * T];
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        long step = 1;
        int maxLength = 0;
        for (Example e : examples) {
            maxLength = Math.max(maxLength, e.features().length());
        }
        int[] predicted = new int[Math.max(1, maxLength)];
        TaggerModel model = null;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            long mistakes = 0;
            long tokens = 0;
            for (Example example : order) {
                SequenceFeatures f = example.features();
                int n = f.length();
                tokens += n;
                if (n == 0) {
                    step++;
                    continue;
                }
                ViterbiDecoder.decode(f, w, tw, predicted);
                int[] gold = example.tags();
                int[] offsets = f.offsets();
                int[] rows = f.rows();
                for (int i = 0; i < n; i++) {
                    int g = gold[i];
                    int p = predicted[i];
                    int gPrev = i == 0 ? ViterbiDecoder.START : gold[i - 1];
                    int pPrev = i == 0 ? ViterbiDecoder.START : predicted[i - 1];
                    if (g != p) {
                        mistakes++;
                        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                            int base = rows[k] * STRIDE;
                            w[base + g] += 1f;
                            u[base + g] += step;
                            w[base + p] -= 1f;
                            u[base + p] -= step;
                        }
                    }
                    if (g != p || gPrev != pPrev) {
                        tw[gPrev * T + g] += 1f;
                        tu[gPrev * T + g] += step;
                        tw[pPrev * T + p] -= 1f;
                        tu[pPrev * T + p] -= step;
                    }
                }
                step++;
            }
            if (listener != null || epoch == epochs) {
                model = new TaggerModel(extractor, average(w, u, step), average(tw, tu, step), description, base);
                if (listener != null) {
                    listener.epochDone(epoch, mistakes, tokens, model);
                }
            }
        }
        return model;
    }

    private static float[] average(float[] w, double[] u, long step) {
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            avg[i] = (float) (w[i] - u[i] / step);
        }
        return avg;
    }
}
