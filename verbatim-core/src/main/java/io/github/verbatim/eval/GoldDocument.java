package io.github.verbatim.eval;

import io.github.verbatim.model.Article;
import java.util.List;

/**
 * One gold-standard article: the article (text and metadata) and its annotated attributions, with the
 * annotation file they came from.
 */
public record GoldDocument(Article article, List<GoldAttribution> attributions, String annotationFile) {
    public GoldDocument {
        attributions = List.copyOf(attributions);
    }
}
