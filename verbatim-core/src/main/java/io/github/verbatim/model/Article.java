package io.github.verbatim.model;

import java.util.Objects;

/**
 * One news article as read from its source: a stable id, the original text every output offset points into,
 * and its metadata. Readers produce it; the pipeline never changes it.
 *
 * @param id       the document id used in output ({@code doc}); a file name, record id or URL
 * @param text     the article text, exactly as every span indexes it
 * @param metadata what else is known; never null
 */
public record Article(String id, String text, ArticleMetadata metadata) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** An article with no metadata. */
    public static Article of(String id, String text) {
        return new Article(id, text, ArticleMetadata.EMPTY);
    }
}
