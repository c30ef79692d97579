package io.github.verbatim.context.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * Ties a {@link TimeExpression} to the calendar, relative to an article's publication date.
 *
 * <p>Rules: a bare weekday is the latest such day on or before publication (news reports the past), or the
 * first on or after it when phrased future; "last Tuesday" is strictly before and "next Tuesday" strictly
 * after. Weeks run Monday to Sunday; a weekend is that week's Saturday and Sunday (the last one before
 * publication for "last weekend"). A month and day without a year is the latest such date on or before
 * publication, unless it is phrased future or falls at most {@value #UPCOMING_DAYS} days after publication
 * (an upcoming event: "the Nov. 8 election"), then the first on or after it. A bare month is the latest
 * such month on or before publication's month, unless phrased future or one or two months later in the
 * same year ("win in
 * November", written in September), then the next one. "since" marks the past, "by" and "until" the
 * future. These are heuristics: a bare weekday naming an upcoming day without a future verb resolves to the
 * past week. With no publication date every expression stays unresolved, except those with an explicit
 * year.
 *
 * <p>Stateless and thread-safe.
 */
public final class TimeResolver {

    /** A month and day up to this many days after publication is read as upcoming. */
    static final int UPCOMING_DAYS = 60;

    /** Resolves {@code e} against {@code published} (may be null), recording {@code source}. */
    public ResolvedTime resolve(TimeExpression e, LocalDate published, TimeSource source) {
        Objects.requireNonNull(e, "expression");
        Objects.requireNonNull(source, "source");
        TimePrecision precision = precision(e);
        LocalDate[] range = published == null ? absolute(e) : range(e, published);
        if (range == null) {
            return new ResolvedTime(e.text(), e.span(), null, null, precision, source, false);
        }
        return new ResolvedTime(e.text(), e.span(), range[0], range[1], precision, source, true);
    }

    private static TimePrecision precision(TimeExpression e) {
        switch (e.kind()) {
            case WEEK_OFFSET:
            case WEEKEND_OFFSET:
                return TimePrecision.WEEK;
            case MONTH_OFFSET:
            case MONTH:
                return TimePrecision.MONTH;
            case YEAR_OFFSET:
            case YEAR:
                return TimePrecision.YEAR;
            default:
                return TimePrecision.DAY;
        }
    }

    /** Ranges that need no publication date: explicit years. */
    private static LocalDate[] absolute(TimeExpression e) {
        switch (e.kind()) {
            case YEAR:
                return year(e.value());
            case MONTH:
                return e.year() > 0 ? month(LocalDate.of(e.year(), e.value(), 1)) : null;
            case MONTH_DAY:
                return e.year() > 0 ? day(safeDate(e.year(), e.value(), e.day())) : null;
            default:
                return null;
        }
    }

    private static LocalDate[] range(TimeExpression e, LocalDate p) {
        switch (e.kind()) {
            case WEEKDAY: {
                DayOfWeek dow = DayOfWeek.of(e.value());
                if (e.direction() < 0) {
                    return day(p.with(TemporalAdjusters.previous(dow)));
                }
                if (e.direction() > 0) {
                    return day(e.text().toLowerCase(java.util.Locale.ROOT).startsWith("next")
                            ? p.with(TemporalAdjusters.next(dow)) : p.with(TemporalAdjusters.nextOrSame(dow)));
                }
                return day(p.with(TemporalAdjusters.previousOrSame(dow)));
            }
            case DAY_OFFSET:
                return day(p.plusDays(e.value()));
            case WEEK_OFFSET: {
                LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(e.value());
                return new LocalDate[] {monday, monday.plusDays(6)};
            }
            case WEEKEND_OFFSET: {
                LocalDate thisSaturday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
                boolean inWeekend = p.getDayOfWeek() == DayOfWeek.SATURDAY || p.getDayOfWeek() == DayOfWeek.SUNDAY;
                boolean previous = e.value() < 0 || e.value() == 0 && e.direction() < 0 && !inWeekend;
                LocalDate saturday = previous ? thisSaturday.minusWeeks(1) : thisSaturday.plusWeeks(e.value());
                return new LocalDate[] {saturday, saturday.plusDays(1)};
            }
            case MONTH_OFFSET:
                return month(p.withDayOfMonth(1).plusMonths(e.value()));
            case YEAR_OFFSET:
                return year(p.getYear() + e.value());
            case YEAR:
                return year(e.value());
            case MONTH: {
                if (e.year() > 0) {
                    return month(LocalDate.of(e.year(), e.value(), 1));
                }
                LocalDate first = LocalDate.of(p.getYear(), e.value(), 1);
                LocalDate current = p.withDayOfMonth(1);
                if (first.isAfter(current) && !first.isAfter(current.plusMonths(2)) && e.direction() == 0) {
                    return month(first);
                }
                if (e.direction() > 0) {
                    if (first.isBefore(current) || e.text().toLowerCase(java.util.Locale.ROOT).startsWith("next")
                            && !first.isAfter(current)) {
                        first = first.plusYears(1);
                    }
                } else if (first.isAfter(current)
                        || e.direction() < 0 && !first.isBefore(current)) {
                    first = first.minusYears(1);
                }
                return month(first);
            }
            case MONTH_DAY: {
                if (e.year() > 0) {
                    return day(safeDate(e.year(), e.value(), e.day()));
                }
                LocalDate sameYear = safeDate(p.getYear(), e.value(), e.day());
                LocalDate next = sameYear.isBefore(p) ? safeDate(p.getYear() + 1, e.value(), e.day()) : sameYear;
                LocalDate previous = sameYear.isAfter(p) ? safeDate(p.getYear() - 1, e.value(), e.day()) : sameYear;
                if (e.direction() > 0) {
                    return day(next);
                }
                if (e.direction() == 0 && next.isAfter(p) && next.toEpochDay() - p.toEpochDay() <= UPCOMING_DAYS) {
                    return day(next);
                }
                return day(previous);
            }
            default:
                throw new IllegalStateException("unhandled kind " + e.kind());
        }
    }

    private static LocalDate safeDate(int year, int month, int day) {
        LocalDate first = LocalDate.of(year, month, 1);
        return first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
    }

    private static LocalDate[] day(LocalDate d) {
        return new LocalDate[] {d, d};
    }

    private static LocalDate[] month(LocalDate first) {
        return new LocalDate[] {first, first.with(TemporalAdjusters.lastDayOfMonth())};
    }

    private static LocalDate[] year(int y) {
        return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
    }
}
