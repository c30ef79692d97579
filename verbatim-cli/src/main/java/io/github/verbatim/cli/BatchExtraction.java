package io.github.verbatim.cli;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.DocumentResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns a batch of articles into their results, one result per article in the same order: what {@code index}
 * runs over each batch it reads ({@code Pipeline::processAll} in the product). It may throw; {@code index} then
 * extracts the batch's articles one by one, so that a failure is counted against its own article.
 */
@FunctionalInterface
public interface BatchExtraction {

    /** The results of {@code articles}, in order. */
    List<DocumentResult> extractAll(List<Article> articles);

    /** The extraction of one article at a time by {@code extraction}. */
    static BatchExtraction oneByOne(Function<Article, DocumentResult> extraction) {
        Objects.requireNonNull(extraction, "extraction");
        return articles -> {
            List<DocumentResult> out = new ArrayList<>(articles.size());
            for (Article a : articles) {
                out.add(extraction.apply(a));
            }
            return out;
        };
    }
}
