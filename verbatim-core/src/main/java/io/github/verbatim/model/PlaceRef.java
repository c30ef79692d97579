package io.github.verbatim.model;

import java.util.Objects;

/**
 * Where a statement was made, as the output contract writes it ({@code "place"}).
 *
 * @param text the place as written ("NATO headquarters in Brussels")
 * @param span its code point span
 * @param kind "venue" (stated for the speech event) or "dateline" (the article's dateline, a fallback)
 */
public record PlaceRef(String text, Span span, String kind) {
    public PlaceRef {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
    }
}
