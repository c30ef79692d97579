package io.github.verbatim.learn;

import io.github.verbatim.eval.GoldDocument;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Trains an attribution tagger from annotated articles: segments each article, projects its gold spans onto
 * tokens ({@link GoldTagger}), learns the {@link CueLexicon} from the training cues, extracts paragraph
 * features and runs the {@link PerceptronTrainer}.
 *
 * <p>With {@link FeatureGroup#STACKED} it trains two passes. The first pass uses every other group. Its tags
 * for the training articles come from {@value #FOLDS}-fold jackknifing (each fold tagged by a model trained on
 * the other folds), so the second pass learns from first-pass tags as noisy as those it will see on new text;
 * the first pass shipped with the model is then trained on all articles. Deterministic for given articles and
 * settings. Not thread-safe.
 */
public final class AttributionTrainer {

    /** Default number of epochs for each pass. */
    public static final int DEFAULT_EPOCHS = 15;
    /** Stage name of the last (shipped) pass in progress reports. */
    public static final String FINAL_STAGE = "final";
    /** Default feature space of each pass, as a power of two. */
    public static final int DEFAULT_HASH_BITS = 18;
    /** Folds of the jackknife that produces first-pass tags for the training articles. */
    public static final int FOLDS = 4;

    /** Minimum cue occurrences for a word to enter the learned lexicon. */
    static final int LEXICON_MIN_COUNT = 3;

    /**
     * Training settings.
     *
     * @param epochs   passes over the data, for each pass
     * @param seed     shuffling seed
     * @param groups   feature groups to use
     * @param hashBits feature space size as a power of two
     */
    public record Settings(int epochs, long seed, Set<FeatureGroup> groups, int hashBits) {
        public Settings {
            if (epochs < 1 || epochs > 1000) {
                throw new IllegalArgumentException("epochs " + epochs + " outside 1..1000");
            }
            groups = groups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groups));
            if (hashBits < 10 || hashBits > 26) {
                throw new IllegalArgumentException("hash bits " + hashBits + " outside 10..26");
            }
        }

        /** The shipped model's settings with the given epochs and seed. */
        public static Settings standard(int epochs, long seed) {
            return new Settings(epochs, seed, EnumSet.allOf(FeatureGroup.class), DEFAULT_HASH_BITS);
        }

        /** The same settings with other feature groups. */
        public Settings withGroups(Set<FeatureGroup> newGroups) {
            return new Settings(epochs, seed, newGroups, hashBits);
        }

        /** The same settings with another feature space size. */
        public Settings withHashBits(int newHashBits) {
            return new Settings(epochs, seed, groups, newHashBits);
        }

        @Override
        public String toString() {
            Set<FeatureGroup> ordered = groups.isEmpty() ? Set.of() : EnumSet.copyOf(groups);
            return String.format(Locale.ROOT, "averaged perceptron, %d epochs, seed %d, %d-bit feature hashing, "
                    + "feature groups %s", epochs, seed, hashBits, ordered);
        }
    }

    /** Told after every epoch of every pass. */
    @FunctionalInterface
    public interface ProgressListener {
        /**
         * @param stage    "fold 1/4" ... for the jackknife, "first pass", or {@link #FINAL_STAGE} for the
         *                 model that is returned
         * @param epoch    1-based epoch
         * @param mistakes mistagged training tokens during the epoch
         * @param tokens   training tokens in the epoch
         * @param model    the averaged model after the epoch (a complete, usable model in the final stage)
         */
        void epochDone(String stage, int epoch, long mistakes, long tokens, TaggerModel model);
    }

    private final Segmenter segmenter;
    private final Settings settings;

    public AttributionTrainer(Segmenter segmenter, Settings settings) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Trains on {@code articles}; {@code listener} (may be null) hears about every epoch. */
    public TaggerModel train(List<GoldDocument> articles, String description, ProgressListener listener) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no training articles");
        }
        List<Segmentation> segmentations = new ArrayList<>(articles.size());
        List<int[]> goldTags = new ArrayList<>(articles.size());
        CueLexicon.Builder lexicon = new CueLexicon.Builder();
        for (GoldDocument article : articles) {
            Segmentation s = segmenter.segment(article.article().text());
            int[] tags = GoldTagger.tags(s, article.attributions());
            segmentations.add(s);
            goldTags.add(tags);
            lexicon.add(s, tags);
        }
        CueLexicon lex = settings.groups().contains(FeatureGroup.LEXICON)
                ? lexicon.build(LEXICON_MIN_COUNT) : CueLexicon.EMPTY;
        Set<FeatureGroup> firstGroups = EnumSet.noneOf(FeatureGroup.class);
        firstGroups.addAll(settings.groups());
        firstGroups.remove(FeatureGroup.STACKED);
        FeatureExtractor first = new FeatureExtractor(firstGroups, settings.hashBits(), lex);
        if (!settings.groups().contains(FeatureGroup.STACKED)) {
            return pass(first, null, segmentations, goldTags, null, all(articles.size()), description, FINAL_STAGE,
                    listener);
        }
        List<int[]> priors = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            priors.add(null);
        }
        for (int fold = 0; fold < FOLDS && articles.size() >= FOLDS; fold++) {
            List<Integer> in = new ArrayList<>();
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                (i % FOLDS == fold ? out : in).add(i);
            }
            TaggerModel foldModel = pass(first, null, segmentations, goldTags, null, in, description,
                    "fold " + (fold + 1) + "/" + FOLDS, listener);
            for (int i : out) {
                priors.set(i, foldModel.tag(segmentations.get(i)));
            }
        }
        TaggerModel base = pass(first, null, segmentations, goldTags, null, all(articles.size()), description,
                "first pass", listener);
        for (int i = 0; i < articles.size(); i++) {
            if (priors.get(i) == null) {
                priors.set(i, base.tag(segmentations.get(i)));
            }
        }
        FeatureExtractor second = new FeatureExtractor(settings.groups(), settings.hashBits(), lex);
        return pass(second, base, segmentations, goldTags, priors, all(articles.size()), description, FINAL_STAGE,
                listener);
    }

    private TaggerModel pass(FeatureExtractor extractor, TaggerModel base, List<Segmentation> segmentations,
            List<int[]> goldTags, List<int[]> priors, List<Integer> articles, String description, String stage,
            ProgressListener listener) {
        List<PerceptronTrainer.Example> examples = new ArrayList<>();
        for (int a : articles) {
            Segmentation s = segmentations.get(a);
            int[] tags = goldTags.get(a);
            int[] prior = priors == null ? null : priors.get(a);
            for (int p = 0; p < s.paragraphs().size(); p++) {
                SequenceFeatures f = extractor.extract(s, p, prior);
                int[] slice = Arrays.copyOfRange(tags, f.firstToken(), f.firstToken() + f.length());
                GoldTagger.repair(slice);
                examples.add(new PerceptronTrainer.Example(f, slice));
            }
        }
        PerceptronTrainer.EpochListener epochs = listener == null ? null
                : (epoch, mistakes, tokens, model) -> listener.epochDone(stage, epoch, mistakes, tokens, model);
        return new PerceptronTrainer(extractor, settings.epochs(), settings.seed(), base)
                .train(examples, description, epochs);
    }

    private static List<Integer> all(int n) {
        List<Integer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }
}
