package io.github.verbatim.context.time;

import io.github.verbatim.context.CharSpan;
import java.util.Objects;

/**
 * A time expression found in text, parsed but not yet tied to a calendar.
 *
 * @param text      the covered text ("on Wednesday", "Sept. 11", "earlier this month")
 * @param span      its UTF-16 range
 * @param kind      what it names
 * @param value     kind-specific: ISO weekday 1-7 ({@link Kind#WEEKDAY}), day offset
 *                  ({@link Kind#DAY_OFFSET}, -1 yesterday), week, month or year offset ({@code -1} last,
 *                  {@code 0} this, {@code 1} next), month 1-12 ({@link Kind#MONTH_DAY}, {@link Kind#MONTH}),
 *                  the year ({@link Kind#YEAR})
 * @param day       day of month for {@link Kind#MONTH_DAY}, else 0
 * @param year      explicit year for {@link Kind#MONTH_DAY} and {@link Kind#MONTH}, else 0
 * @param direction -1 when marked past ("last Tuesday"), 1 when marked or phrased future ("next Tuesday",
 *                  "will ... on Tuesday"), 0 otherwise
 */
public record TimeExpression(String text, CharSpan span, Kind kind, int value, int day, int year, int direction) {

    /** What a time expression names. */
    public enum Kind {
        /** A day of the week ("on Wednesday", "Tuesday night"). */
        WEEKDAY,
        /** A day relative to publication ("yesterday", "today", "three days ago"). */
        DAY_OFFSET,
        /** A week relative to publication ("last week", "earlier this week"). */
        WEEK_OFFSET,
        /** A weekend relative to publication ("last weekend", "this weekend"). */
        WEEKEND_OFFSET,
        /** A month relative to publication ("last month", "earlier this month"). */
        MONTH_OFFSET,
        /** A year relative to publication ("last year"). */
        YEAR_OFFSET,
        /** A month and day, maybe with a year ("March 24", "Sept. 11, 2001", "24 March"). */
        MONTH_DAY,
        /** A month, maybe with a year ("in March", "last June", "March 2015"). */
        MONTH,
        /** A year ("in 2015"). */
        YEAR
    }

    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        if (direction < -1 || direction > 1) {
            throw new IllegalArgumentException("direction " + direction + " not in -1..1");
        }
    }
}
