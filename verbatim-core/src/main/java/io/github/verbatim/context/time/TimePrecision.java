package io.github.verbatim.context.time;

/** How precise a resolved time is: the unit of the calendar range it denotes. */
public enum TimePrecision {
    /** One calendar day. */
    DAY,
    /** One Monday-to-Sunday week (or a weekend within one). */
    WEEK,
    /** One calendar month. */
    MONTH,
    /** One calendar year. */
    YEAR
}
