package io.github.verbatim.context.time;

import io.github.verbatim.context.CharSpan;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A statement's time: the calendar range an expression denotes, or the article date as a fallback.
 *
 * @param text      the expression's text; null for the article-date fallback
 * @param span      the expression's UTF-16 range; null for the article-date fallback
 * @param start     first day of the range; null when unresolved
 * @param end       last day of the range, inclusive ({@code == start} for a day); null when unresolved
 * @param precision the range's unit
 * @param source    where it came from
 * @param resolved  false when there was no publication date to resolve a relative expression against
 *                  (then {@code start} and {@code end} are null)
 */
public record ResolvedTime(String text, CharSpan span, LocalDate start, LocalDate end, TimePrecision precision,
        TimeSource source, boolean resolved) {

    public ResolvedTime {
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(source, "source");
        if (resolved != (start != null) || (start == null) != (end == null)) {
            throw new IllegalArgumentException("resolved " + resolved + " disagrees with range " + start + ".." + end);
        }
        if (start != null && end.isBefore(start)) {
            throw new IllegalArgumentException("range ends " + end + " before it starts " + start);
        }
        if ((text == null) != (span == null)) {
            throw new IllegalArgumentException("text and span must both be present or both absent");
        }
        if (source == TimeSource.ARTICLE && text != null) {
            throw new IllegalArgumentException("the article-date fallback has no expression");
        }
    }

    /** The article's publication date as a statement's time. */
    public static ResolvedTime articleDate(LocalDate published) {
        Objects.requireNonNull(published, "published");
        return new ResolvedTime(null, null, published, published, TimePrecision.DAY, TimeSource.ARTICLE, true);
    }
}
