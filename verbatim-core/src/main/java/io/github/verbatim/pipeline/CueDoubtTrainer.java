package io.github.verbatim.pipeline;

import io.github.verbatim.eval.GoldAttribution;
import io.github.verbatim.eval.GoldDocument;
import io.github.verbatim.eval.PolnearCorpus;
import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CandidateStage;
import io.github.verbatim.extract.ExtractionInput;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.model.Span;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains the weights of {@link CueDoubt}: runs the standard pipeline without that stage over annotated
 * articles, labels each distinct cue it outputs (trimmed of punctuation and space, as the scorer's
 * {@code span.cue.exact} compares them) by whether an annotated cue of the article has exactly its extent,
 * and fits an averaged perceptron over {@link CueDoubtFeatures}. Features seen fewer than {@link #MIN_COUNT}
 * times are left out, and weights are rounded to four decimals, so the written model is small and the same
 * for the same articles, epochs and seed. Regenerate the shipped model with
 * {@code java -cp "verbatim-cli/target/verbatim-cli.jar:verbatim-cli/target/lib/*"
 * io.github.verbatim.pipeline.CueDoubtTrainer ../shared/polnear/train
 * verbatim-core/src/main/resources/io/github/verbatim/pipeline/cue-doubt.tsv} (docs/accuracy.md, "Cue doubt round");
 * {@code CueDoubtTrainerTest} checks that this reproduces the shipped file.
 */
public final class CueDoubtTrainer {

    /** Passes over the training cues of the shipped model. */
    public static final int EPOCHS = 10;
    /** Shuffling seed of the shipped model. */
    public static final long SEED = 1;
    /** Least number of training cues a feature must occur with to be kept. */
    public static final int MIN_COUNT = 2;

    /** One training cue: its features and whether it was right. */
    record Example(List<String> features, boolean right) {
        Example {
            features = List.copyOf(features);
        }
    }

    private CueDoubtTrainer() {
    }

    /** Writes the shipped recipe's model for the PolNeAR split {@code args[0]} to the file {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CueDoubtTrainer POLNEAR_SPLIT_DIR OUT_FILE");
        }
        List<GoldDocument> docs = PolnearCorpus.load(Path.of(args[0]));
        Map<String, Double> weights = train(examples(docs, Pipeline.withoutCueDoubt()), EPOCHS, SEED);
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            write(weights, docs.size() + " articles of " + Path.of(args[0]).getFileName() + ", " + EPOCHS
                    + " epochs, seed " + SEED, out);
        }
    }

    /** The labelled cues that {@code pipeline} (which must not contain {@link CueDoubt}) outputs for {@code docs}. */
    static List<Example> examples(List<GoldDocument> docs, Pipeline pipeline) {
        Capture capture = new Capture();
        Pipeline capturing = pipeline.withoutContext().withStage(capture);
        List<Example> out = new ArrayList<>();
        for (GoldDocument doc : docs) {
            capture.input = null;
            capturing.process(doc.article());
            if (capture.input == null) {
                continue;
            }
            String text = doc.article().text();
            Set<List<Integer>> gold = new HashSet<>();
            for (GoldAttribution g : doc.attributions()) {
                for (Span s : g.cue()) {
                    List<Integer> t = trimmed(text, s.start(), s.end());
                    if (t != null && g.cue().size() == 1) {
                        gold.add(t);
                    }
                }
            }
            CodePointIndex index = CodePointIndex.of(text);
            Set<List<Integer>> seen = new HashSet<>();
            List<Candidate> candidates = capture.candidates;
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                if (c.cue() == null) {
                    continue;
                }
                List<Integer> t = trimmed(text, index.toCodePoint(c.cue().start()), index.toCodePoint(c.cue().end()));
                if (t == null || !seen.add(t)) {
                    continue;
                }
                out.add(new Example(CueDoubtFeatures.of(capture.input.segmentation(), capture.input.forms(),
                        candidates, i), gold.contains(t)));
            }
        }
        return out;
    }

    /**
     * Averaged perceptron weights (with {@link CueDoubt#BIAS}) separating right from wrong cues, over
     * {@code epochs} passes in an order shuffled with {@code seed}, keeping features seen at least
     * {@link #MIN_COUNT} times, rounded to four decimals and without zeros.
     */
    static Map<String, Double> train(List<Example> examples, int epochs, long seed) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs " + epochs + " < 1");
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) {
            for (String f : e.features()) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        ids.put(CueDoubt.BIAS, 0);
        List<String> names = new ArrayList<>(List.of(CueDoubt.BIAS));
        List<int[]> rows = new ArrayList<>(examples.size());
        for (Example e : examples) {
            List<Integer> row = new ArrayList<>();
            row.add(0);
            for (String f : e.features()) {
                if (counts.get(f) >= MIN_COUNT) {
                    row.add(ids.computeIfAbsent(f, k -> {
                        names.add(k);
                        return names.size() - 1;
                    }));
                }
            }
            rows.add(row.stream().mapToInt(Integer::intValue).toArray());
        }
        double[] w = new double[names.size()];
        double[] total = new double[names.size()];
        long[] stamp = new long[names.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        long step = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int n : order) {
                int[] row = rows.get(n);
                int y = examples.get(n).right() ? 1 : -1;
                double s = 0;
                for (int f : row) {
                    s += w[f];
                }
                if (y * s <= 0) {
                    for (int f : row) {
                        total[f] += (step - stamp[f]) * w[f];
                        stamp[f] = step;
                        w[f] += y;
                    }
                }
                step++;
            }
        }
        Map<String, Double> out = new TreeMap<>();
        for (int f = 0; f < names.size(); f++) {
            double avg = (total[f] + (step - stamp[f]) * w[f]) / step;
            double rounded = Math.round(avg * 10_000) / 10_000.0;
            if (rounded != 0) {
                out.put(names.get(f), rounded);
            }
        }
        return out;
    }

    /** Writes {@code weights} as a model {@link CueDoubt#read} reads, sorted by feature, noting {@code trainedOn}. */
    static void write(Map<String, Double> weights, String trainedOn, Writer out) throws IOException {
        Objects.requireNonNull(trainedOn, "trainedOn");
        out.write(CueDoubt.HEADER + "\n");
        out.write("# trained on " + trainedOn.replace('\n', ' ') + "\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            if (e.getKey().indexOf('\n') >= 0) {
                continue;
            }
            out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue()) + "\n");
        }
    }

    /**
     * The code point range {@code [start, end)} of {@code text} without the characters that are neither letter
     * nor digit at its ends, as {@code [start, end]}; null when nothing is left.
     */
    static List<Integer> trimmed(String text, int start, int end) {
        int[] cps = text.codePoints().skip(start).limit(Math.max(0, end - start)).toArray();
        int s = 0;
        int e = cps.length;
        while (s < e && !Character.isLetterOrDigit(cps[s])) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(cps[e - 1])) {
            e--;
        }
        return s < e ? List.of(start + s, start + e) : null;
    }

    /** Remembers the last document's input and candidates; for one thread. */
    private static final class Capture implements CandidateStage {
        ExtractionInput input;
        List<Candidate> candidates;

        @Override
        public List<Candidate> apply(ExtractionInput in, List<Candidate> list) {
            input = in;
            candidates = list;
            return list;
        }
    }
}
