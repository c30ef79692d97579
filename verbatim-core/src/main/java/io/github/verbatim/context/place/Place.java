package io.github.verbatim.context.place;

import io.github.verbatim.context.CharSpan;
import java.util.Objects;

/**
 * Where a statement was made.
 *
 * @param text the place as written ("NATO headquarters in Brussels", "BRUSSELS")
 * @param span its UTF-16 range in the article text
 * @param kind how it was stated
 */
public record Place(String text, CharSpan span, PlaceKind kind) {
    public Place {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
    }
}
