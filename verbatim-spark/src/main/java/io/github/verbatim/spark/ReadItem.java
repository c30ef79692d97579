package io.github.verbatim.spark;

import java.io.Serializable;

/**
 * One outcome of reading, as shipped from the reading stage: an {@link ArticleRecord}, or a skipped document
 * with its reason (the reasons are those of {@link io.github.verbatim.ingest.ReadOutcome.Skipped}).
 *
 * @param article the article, or null for a skip
 * @param skip    the skip, or null for an article
 */
record ReadItem(ArticleRecord article, SkipRecord skip) implements Serializable {

    ReadItem {
        if ((article == null) == (skip == null)) {
            throw new IllegalArgumentException("a read item is exactly one of an article or a skip");
        }
    }

    boolean isArticle() {
        return article != null;
    }
}
