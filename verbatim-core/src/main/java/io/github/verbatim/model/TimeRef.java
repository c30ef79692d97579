package io.github.verbatim.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a statement was made, as the output contract writes it ({@code "time"}).
 *
 * @param text      the time expression as written ("on Wednesday"); null when {@code source} is "article"
 * @param span      its code point span; null when {@code source} is "article"
 * @param date      first day of the denoted range; null when unresolved
 * @param end       last day of the range, inclusive; equals {@code date} for a day; null when unresolved
 * @param precision "day", "week", "month" or "year"
 * @param source    "statement" (its own expression), "speech" (carried from its speech event's sentence) or
 *                  "article" (the publication date, as a fallback)
 * @param resolved  false when a relative expression could not be tied to a date (no publication date)
 */
public record TimeRef(String text, Span span, LocalDate date, LocalDate end, String precision, String source,
        boolean resolved) {
    public TimeRef {
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(source, "source");
        if (resolved != (date != null) || (date == null) != (end == null)) {
            throw new IllegalArgumentException("resolved " + resolved + " disagrees with " + date + ".." + end);
        }
    }
}
