package io.github.verbatim.model;

import java.time.LocalDate;

/**
 * What is known about an article besides its text. Every field may be null when unknown.
 *
 * @param title       headline
 * @param url         canonical URL, else the URL it was fetched from
 * @param published   publication date
 * @param outlet      site or publisher name ("Reuters", "bbc.co.uk"); HTML's site name lands here
 * @param language    BCP 47 language tag ("en", "de")
 * @param byline      the authors as the page names them ("Birgit Baumann, Jan Michael Marchart")
 * @param duplicateOf id of the first article seen that this one nearly duplicates (the same wire story
 *                    republished); null when it is the first copy or no duplicate check ran
 */
public record ArticleMetadata(String title, String url, LocalDate published, String outlet, String language,
                              String byline, String duplicateOf) {

    /** Metadata with every field unknown. */
    public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null, null, null);

    /** Metadata without byline or duplicate link (the original five fields). */
    public ArticleMetadata(String title, String url, LocalDate published, String outlet, String language) {
        this(title, url, published, outlet, language, null, null);
    }

    public ArticleMetadata withTitle(String value) {
        return new ArticleMetadata(value, url, published, outlet, language, byline, duplicateOf);
    }

    public ArticleMetadata withUrl(String value) {
        return new ArticleMetadata(title, value, published, outlet, language, byline, duplicateOf);
    }

    public ArticleMetadata withPublished(LocalDate value) {
        return new ArticleMetadata(title, url, value, outlet, language, byline, duplicateOf);
    }

    public ArticleMetadata withOutlet(String value) {
        return new ArticleMetadata(title, url, published, value, language, byline, duplicateOf);
    }

    public ArticleMetadata withLanguage(String value) {
        return new ArticleMetadata(title, url, published, outlet, value, byline, duplicateOf);
    }

    public ArticleMetadata withByline(String value) {
        return new ArticleMetadata(title, url, published, outlet, language, value, duplicateOf);
    }

    public ArticleMetadata withDuplicateOf(String value) {
        return new ArticleMetadata(title, url, published, outlet, language, byline, value);
    }
}
