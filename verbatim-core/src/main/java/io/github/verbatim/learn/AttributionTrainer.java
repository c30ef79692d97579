package io.github.verbatim.learn;

import io.github.verbatim.eval.GoldDocument;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Trains an attribution tagger from annotated articles: segments each article, projects its gold spans onto
 * tokens ({@link GoldTagger}), learns the {@link CueLexicon} from the training cues, extracts paragraph
 * features and runs the {@link PerceptronTrainer}. Deterministic for given articles and settings.
 */
public final class AttributionTrainer {

    /**
     * Training settings.
     *
     * @param epochs   passes over the data
     * @param seed     shuffling seed
     * @param groups   feature groups to use
     * @param hashBits feature space size as a power of two
     */
    public record Settings(int epochs, long seed, Set<FeatureGroup> groups, int hashBits) {
        public Settings {
            groups = groups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groups));
        }

        /** The shipped model's settings with the given epochs and seed. */
        public static Settings standard(int epochs, long seed) {
            return new Settings(epochs, seed, EnumSet.allOf(FeatureGroup.class), 20);
        }
    }

    /** Minimum cue occurrences for a word to enter the learned lexicon. */
    static final int LEXICON_MIN_COUNT = 3;

    private final Segmenter segmenter;
    private final Settings settings;

    public AttributionTrainer(Segmenter segmenter, Settings settings) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Trains on {@code articles}; {@code listener} (may be null) hears about every epoch. */
    public TaggerModel train(List<GoldDocument> articles, String description,
            PerceptronTrainer.EpochListener listener) {
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
        FeatureExtractor extractor = new FeatureExtractor(settings.groups(), settings.hashBits(), lex);
        List<PerceptronTrainer.Example> examples = new ArrayList<>();
        for (int a = 0; a < segmentations.size(); a++) {
            Segmentation s = segmentations.get(a);
            int[] tags = goldTags.get(a);
            for (int p = 0; p < s.paragraphs().size(); p++) {
                SequenceFeatures f = extractor.extract(s, p);
                int[] slice = java.util.Arrays.copyOfRange(tags, f.firstToken(), f.firstToken() + f.length());
                GoldTagger.repair(slice);
                examples.add(new PerceptronTrainer.Example(f, slice));
            }
        }
        return new PerceptronTrainer(extractor, settings.epochs(), settings.seed())
                .train(examples, description, listener);
    }
}
