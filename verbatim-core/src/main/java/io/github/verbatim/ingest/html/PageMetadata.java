package io.github.verbatim.ingest.html;

import java.time.LocalDate;

/**
 * What an HTML page says about itself. Every field may be null when the page does not say.
 *
 * @param title        the headline
 * @param byline       the authors, comma-separated
 * @param published    the publication day, as written in the page's own zone
 * @param canonicalUrl the page's {@code rel=canonical} or {@code og:url}
 * @param language     a BCP 47 tag ("de", "en-GB")
 * @param siteName     the site or publisher name
 */
public record PageMetadata(String title, String byline, LocalDate published, String canonicalUrl,
                           String language, String siteName) {
}
