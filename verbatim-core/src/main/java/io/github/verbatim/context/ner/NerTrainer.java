package io.github.verbatim.context.ner;

import io.github.verbatim.context.gazetteer.Gazetteer;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import io.github.verbatim.text.Sentence;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Trains a {@link NerModel}: an averaged perceptron over {@link NerFeatures}, one pass per epoch over every
 * sentence in an order shuffled by the seed, greedy left-to-right decoding with the predicted previous labels
 * (as at tagging time), and the standard lazily-averaged weights. Single-threaded and deterministic: the same
 * documents, configuration and seed give the same model, bit for bit.
 */
public final class NerTrainer {

    /**
     * Training settings.
     *
     * @param epochs     passes over the data, {@code >= 1}
     * @param seed       shuffling seed
     * @param bucketBits log2 of the number of feature buckets, in {@code [10, 26]}
     * @param hashing    how features map to rows
     */
    public record Config(int epochs, long seed, int bucketBits, FeatureHashing hashing) {
        public Config {
            Objects.requireNonNull(hashing, "hashing");
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
            }
            if (bucketBits < 10 || bucketBits > 26) {
                throw new IllegalArgumentException("bucketBits " + bucketBits + " outside [10, 26]");
            }
        }

        /** Settings with {@link FeatureHashing#PLAIN} hashing. */
        public Config(int epochs, long seed, int bucketBits) {
            this(epochs, seed, bucketBits, FeatureHashing.PLAIN);
        }

        /** The settings of the shipped model. */
        public static Config defaults() {
            return new Config(12, 42L, 17, FeatureHashing.SIGNED_NO_BIGRAMS);
        }
    }

    private final Config config;
    private final Gazetteer gazetteer;
    private final Segmenter segmenter = new Segmenter();

    public NerTrainer(Config config, Gazetteer gazetteer) {
        this.config = Objects.requireNonNull(config, "config");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /**
     * Trains on {@code documents}. {@code provenance} (data set names and the like) is recorded in the model
     * together with the configuration and the document and token counts.
     */
    public NerModel train(List<NerDocument> documents, Map<String, String> provenance) {
        int docs = documents.size();
        NerFeatures[] features = new NerFeatures[docs];
        int[][] gold = new int[docs][];
        int sentences = 0;
        long tokens = 0;
        Segmentation[] segs = new Segmentation[docs];
        for (int d = 0; d < docs; d++) {
            NerDocument doc = documents.get(d);
            segs[d] = segmenter.segment(doc.text());
            features[d] = new NerFeatures(segs[d], gazetteer, config.bucketBits(), config.hashing());
            gold[d] = TokenAlignment.labels(segs[d], doc.entities());
            sentences += segs[d].sentences().size();
            tokens += segs[d].tokens().size();
        }
        long[] order = new long[sentences];
        int k = 0;
        for (int d = 0; d < docs; d++) {
            for (int s = 0; s < segs[d].sentences().size(); s++) {
                order[k++] = ((long) d << 32) | s;
            }
        }
        int labels = NerLabels.COUNT;
        int size = (1 << config.bucketBits()) * labels;
        float[] w = new float[size];
        double[] total = new double[size];
        int[] stamp = new int[size];
        int[] buffer = new int[NerFeatures.MAX_TOKEN_FEATURES + NerFeatures.LABEL_FEATURES];
        float[] scores = new float[labels];
        Random random = new Random(config.seed());
        int clock = 1;
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            shuffle(order, random);
            for (long entry : order) {
                int d = (int) (entry >>> 32);
                Sentence s = segs[d].sentences().get((int) entry);
                int prev = -1;
                int prev2 = -1;
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    int n = features[d].tokenFeatures(i, buffer);
                    features[d].labelFeatures(i, prev, prev2, buffer, n);
                    n += NerFeatures.LABEL_FEATURES;
                    Arrays.fill(scores, 0f);
                    for (int f = 0; f < n; f++) {
                        int base = (buffer[f] & Integer.MAX_VALUE) * labels;
                        float sign = buffer[f] < 0 ? -1f : 1f; // the sign bit of signed hashing
                        for (int l = 0; l < labels; l++) {
                            scores[l] += sign * w[base + l];
                        }
                    }
                    int guess = NerTagger.best(scores, prev);
                    int truth = gold[d][i];
                    if (guess != truth) {
                        for (int f = 0; f < n; f++) {
                            int base = (buffer[f] & Integer.MAX_VALUE) * labels;
                            float sign = buffer[f] < 0 ? -1f : 1f;
                            update(w, total, stamp, base + truth, sign, clock);
                            update(w, total, stamp, base + guess, -sign, clock);
                        }
                    }
                    clock++;
                    prev2 = prev;
                    prev = guess;
                }
            }
        }
        float[] averaged = new float[size];
        for (int j = 0; j < size; j++) {
            double sum = total[j] + (double) (clock - stamp[j]) * w[j];
            averaged[j] = (float) (sum / clock);
        }
        Map<String, String> record = new LinkedHashMap<>(provenance);
        record.put("format", "verbatim-ner/1");
        record.put("epochs", Integer.toString(config.epochs()));
        record.put("seed", Long.toString(config.seed()));
        record.put("bucketBits", Integer.toString(config.bucketBits()));
        record.put("hashing", config.hashing().id());
        record.put("documents", Integer.toString(docs));
        record.put("sentences", Integer.toString(sentences));
        record.put("tokens", Long.toString(tokens));
        return new NerModel(config.bucketBits(), config.hashing(), averaged, record);
    }

    private static void update(float[] w, double[] total, int[] stamp, int j, float delta, int clock) {
        total[j] += (double) (clock - stamp[j]) * w[j];
        stamp[j] = clock;
        w[j] += delta;
    }

    private static void shuffle(long[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
