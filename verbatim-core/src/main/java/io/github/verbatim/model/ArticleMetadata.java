package io.github.verbatim.model;

import java.time.LocalDate;

/**
 * What is known about an article besides its text. Every field may be null when unknown.
 *
 * @param title     headline
 * @param url       canonical URL, else the URL it was fetched from
 * @param published publication date
 * @param outlet    site or publisher name ("Reuters", "bbc.co.uk")
 * @param language  BCP 47 language tag ("en", "de")
 */
public record ArticleMetadata(String title, String url, LocalDate published, String outlet, String language) {

    /** Metadata with every field unknown. */
    public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null);

    public ArticleMetadata withTitle(String value) {
        return new ArticleMetadata(value, url, published, outlet, language);
    }

    public ArticleMetadata withUrl(String value) {
        return new ArticleMetadata(title, value, published, outlet, language);
    }

    public ArticleMetadata withPublished(LocalDate value) {
        return new ArticleMetadata(title, url, value, outlet, language);
    }

    public ArticleMetadata withOutlet(String value) {
        return new ArticleMetadata(title, url, published, value, language);
    }

    public ArticleMetadata withLanguage(String value) {
        return new ArticleMetadata(title, url, published, outlet, value);
    }
}
