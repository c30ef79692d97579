package io.github.verbatim.learn;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds attributions with the learned tagger and linker: {@link #attribute(Segmentation)} tags the tokens
 * ({@link AttributionTagger}) and groups the spans ({@link AttributionLinker}). Speakers are not resolved here.
 *
 * <p>{@link #standard()} loads the model shipped in this jar ({@value #MODEL_RESOURCE}) once and shares it.
 * Immutable and thread-safe.
 */
public final class LearnedAttributor {

    /** Class-path location of the shipped model. */
    public static final String MODEL_RESOURCE = "/io/github/verbatim/learn/polnear-tagger.bin";

    private final AttributionTagger tagger;
    private final AttributionLinker linker = new AttributionLinker();
    private final Segmenter segmenter = new Segmenter();

    public LearnedAttributor(TaggerModel model) {
        this.tagger = new AttributionTagger(Objects.requireNonNull(model, "model"));
    }

    /** The attributor with the shipped model. */
    public static LearnedAttributor standard() {
        return Shipped.INSTANCE;
    }

    /** Loads a model file. */
    public static LearnedAttributor load(Path modelFile) throws IOException {
        try (InputStream in = Files.newInputStream(modelFile)) {
            return new LearnedAttributor(TaggerModelFormat.read(in));
        }
    }

    /** The model in use. */
    public TaggerModel model() {
        return tagger.model();
    }

    /** The attributions of a segmented article, in content order. */
    public List<LinkedAttribution> attribute(Segmentation segmentation) {
        return linker.link(segmentation, tagger.tag(segmentation));
    }

    /** Segments and attributes {@code article}; the result has no speakers, residue or diagnostics. */
    public DocumentResult process(Article article) {
        Segmentation segmentation = segmenter.segment(article.text());
        List<Attribution> attributions = new ArrayList<>();
        CodePointIndex index = CodePointIndex.of(article.text());
        for (LinkedAttribution a : attribute(segmentation)) {
            attributions.add(a.toAttribution(article.text(), index));
        }
        return new DocumentResult(article, attributions, List.of(), List.of(), List.of());
    }

    /** Lazy holder of the shipped model. */
    private static final class Shipped {
        static final LearnedAttributor INSTANCE = loadShipped();

        private static LearnedAttributor loadShipped() {
            try (InputStream in = LearnedAttributor.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("shipped model " + MODEL_RESOURCE + " missing from the class path");
                }
                return new LearnedAttributor(TaggerModelFormat.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read shipped model " + MODEL_RESOURCE, e);
            }
        }
    }
}
