package io.github.verbatim.pipeline;

import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CandidateStage;
import io.github.verbatim.extract.ExtractionInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pipeline stage that takes away cues the merged candidates are unlikely to have right. A linear model
 * (an averaged perceptron trained by {@link CueDoubtTrainer} on the standard pipeline's own output for PolNeAR
 * train, labelled by whether each cue equals an annotated cue exactly) scores each cue from
 * {@link CueDoubtFeatures}; a cue scoring below {@link #THRESHOLD} is dropped, the candidate keeping its content
 * and source. Most dropped cues are words the tagger read as a cue in a statement the annotators did not mark
 * ("to discuss", "offering analysis of"), or reporting verbs whose extent the annotators drew differently in
 * the same context ("said Thursday"). The shipped weights are the resource {@link #MODEL_RESOURCE}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CueDoubt implements CandidateStage {

    /** The shipped weights, written by {@link CueDoubtTrainer}. */
    public static final String MODEL_RESOURCE = "/io/github/verbatim/pipeline/cue-doubt.tsv";
    /** First line of a model file. */
    static final String HEADER = "# verbatim cue-doubt model 1";
    /** Feature that is always on. */
    static final String BIAS = "bias";
    /** A cue whose score falls below this is dropped (chosen on PolNeAR dev, see docs/accuracy.md). */
    public static final double THRESHOLD = -3.0;

    private static final class Shipped {
        static final CueDoubt INSTANCE = load();

        private static CueDoubt load() {
            try (InputStream in = CueDoubt.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + MODEL_RESOURCE);
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** The hash of each feature name with its "=", where the hash of a feature's text continues. */
    private static final long[] TEMPLATE_HASHES = new long[CueDoubtFeatures.NAMES.size()];

    static {
        for (int t = 0; t < TEMPLATE_HASHES.length; t++) {
            TEMPLATE_HASHES[t] = append(FNV_OFFSET, CueDoubtFeatures.NAMES.get(t) + "=");
        }
    }

    /** Open-addressing table of feature hashes (0 marks a free slot) and their weights. */
    private final long[] keys;
    private final double[] values;
    private final int mask;
    /** 64 minus the table's bits: a key's first slot is the top bits of a multiplicative mix of it. */
    private final int shift;
    private final double bias;
    private final double threshold;

    /** A stage with these feature {@code weights} dropping cues that score below {@code threshold}. */
    public CueDoubt(Map<String, Double> weights, double threshold) {
        Objects.requireNonNull(weights, "weights");
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold is NaN");
        }
        int size = Integer.highestOneBit(Math.max(4, weights.size() * 2)) * 2;
        this.keys = new long[size];
        this.values = new double[size];
        this.mask = size - 1;
        this.shift = 64 - Integer.numberOfTrailingZeros(size);
        double b = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (BIAS.equals(e.getKey())) {
                b = e.getValue();
                continue;
            }
            long key = hash(e.getKey());
            int slot = home(key);
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] += e.getValue();
        }
        this.bias = b;
        this.threshold = threshold;
    }

    /** The stage with the shipped weights and {@link #THRESHOLD}. */
    public static CueDoubt standard() {
        return Shipped.INSTANCE;
    }

    /**
     * Reads a model written by {@link CueDoubtTrainer#write}: the {@link #HEADER} line, comment lines starting
     * with "#", then "feature TAB weight" lines.
     *
     * @throws IOException on a missing header or a malformed line (naming it)
     */
    public static CueDoubt read(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String header = in.readLine();
        if (!HEADER.equals(header)) {
            throw new IOException("not a cue-doubt model: first line is " + header);
        }
        Map<String, Double> weights = new HashMap<>();
        String line;
        int number = 1;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            try {
                weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
            } catch (RuntimeException e) {
                throw new IOException("malformed cue-doubt model line " + number + ": " + line, e);
            }
        }
        return new CueDoubt(weights, THRESHOLD);
    }

    /** Cues scoring below this are dropped. */
    double threshold() {
        return threshold;
    }

    /** The model's score for the cue of {@code candidates.get(i)}; higher is more likely right. */
    double score(ExtractionInput input, List<Candidate> candidates, int i) {
        Scorer scorer = new Scorer();
        CueDoubtFeatures.emit(input.segmentation(), input.forms(), candidates, i, scorer);
        return scorer.sum;
    }

    /** The sum of the weights of {@code features} (strings as {@link CueDoubtFeatures#of} gives) and the bias. */
    double score(List<String> features) {
        double s = bias;
        for (String f : features) {
            s += weight(hash(f));
        }
        return s;
    }

    private double weight(long key) {
        int slot = home(key);
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    /** The first slot to probe for {@code key}; FNV hashes spread evenly over the top bits of the mix. */
    private int home(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /** 64-bit FNV-1a of {@code text}, never 0 (which marks a free slot). */
    private static long hash(CharSequence text) {
        return finish(append(FNV_OFFSET, text));
    }

    private static long append(long h, CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    private static long finish(long h) {
        return h == 0 ? 1 : h;
    }

    /** Adds up the weights of the features it is given, hashing their parts as the joined string would hash. */
    private final class Scorer implements CueDoubtFeatures.Sink {
        double sum = bias;

        @Override
        public void feature(int template, CharSequence a, char separator, CharSequence b) {
            long h = append(TEMPLATE_HASHES[template], a);
            if (separator != CueDoubtFeatures.NONE) {
                h = append((h ^ separator) * FNV_PRIME, b);
            }
            sum += weight(finish(h));
        }
    }

    /** {@code candidates} with every cue scoring below the threshold removed; the same list when none is. */
    @Override
    public List<Candidate> apply(ExtractionInput input, List<Candidate> candidates) {
        List<Candidate> out = null;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.cue() == null || score(input, candidates, i) >= threshold) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(candidates);
            }
            out.set(i, new Candidate(c.kind(), c.content(), null, c.source(), c.confidence(), c.rule()));
        }
        return out == null ? candidates : out;
    }
}
