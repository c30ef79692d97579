package io.github.verbatim.ingest.jsonl;

import java.util.Objects;

/**
 * Which JSON fields of a JSON Lines corpus hold what. Only {@code text} is required in the data; the others
 * are read when present. The {@link #DEFAULTS} read {@code ../shared/news/news-mix.jsonl.gz} as it is
 * ({@code id}, {@code text}, {@code source}, {@code lang}). Immutable.
 *
 * @param id       the article id; when absent the id is {@code <file>:<line>}
 * @param text     the article text
 * @param url      its URL
 * @param date     its publication date (ISO, RFC 1123 or epoch)
 * @param title    its headline
 * @param outlet   its source or publisher
 * @param language its language tag
 */
public record JsonlFields(String id, String text, String url, String date, String title, String outlet,
                          String language) {

    /** id, text, url, date, title, source, lang. */
    public static final JsonlFields DEFAULTS = new JsonlFields("id", "text", "url", "date", "title", "source", "lang");

    public JsonlFields {
        Objects.requireNonNull(id, "id field");
        Objects.requireNonNull(text, "text field");
        Objects.requireNonNull(url, "url field");
        Objects.requireNonNull(date, "date field");
        Objects.requireNonNull(title, "title field");
        Objects.requireNonNull(outlet, "outlet field");
        Objects.requireNonNull(language, "language field");
        if (text.isBlank()) {
            throw new IllegalArgumentException("the text field name must not be blank");
        }
    }

    public JsonlFields withId(String value) {
        return new JsonlFields(value, text, url, date, title, outlet, language);
    }

    public JsonlFields withText(String value) {
        return new JsonlFields(id, value, url, date, title, outlet, language);
    }

    public JsonlFields withUrl(String value) {
        return new JsonlFields(id, text, value, date, title, outlet, language);
    }

    public JsonlFields withDate(String value) {
        return new JsonlFields(id, text, url, value, title, outlet, language);
    }

    public JsonlFields withTitle(String value) {
        return new JsonlFields(id, text, url, date, value, outlet, language);
    }
}
