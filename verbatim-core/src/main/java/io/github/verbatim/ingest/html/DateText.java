package io.github.verbatim.ingest.html;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar day out of the date strings pages put in metadata: ISO 8601 with or without time and
 * zone ({@code 2024-05-03T15:47:42.389+02:00}, {@code 2024-05-03 15:47}), compact {@code 20240503}, RFC 1123
 * ({@code Fri, 03 May 2024 15:47:42 GMT}) and Unix epoch seconds or milliseconds. The day is taken as written
 * (in the page's own zone), never shifted to UTC. Stateless.
 */
public final class DateText {

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T?\\d{0,6})?$");
    private static final Pattern SLASHED = Pattern.compile("(?<!\\d)(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");
    private static final Pattern DOTTED = Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
    private static final Pattern EPOCH = Pattern.compile("^\\d{10}(\\d{3})?$");

    private DateText() {
    }

    /** The day {@code text} names, or null when it names none plausibly (years 1990..2100). */
    public static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.trim();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(s);
        if (m.find() && day(m.group(1), m.group(2), m.group(3)) != null) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        m = SLASHED.matcher(s);
        if (m.find()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        if (EPOCH.matcher(s).matches()) {
            long v = Long.parseLong(s);
            long seconds = s.length() == 13 ? v / 1000 : v;
            LocalDate d = java.time.Instant.ofEpochSecond(seconds).atZone(java.time.ZoneOffset.UTC).toLocalDate();
            return plausible(d) ? d : null;
        }
        try {
            LocalDate d = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT))
                    .toLocalDate();
            return plausible(d) ? d : null;
        } catch (DateTimeParseException e) {
            // not RFC 1123; try day.month.year
        }
        m = DOTTED.matcher(s);
        if (m.find()) {
            return day(m.group(3), m.group(2), m.group(1));
        }
        return null;
    }

    private static LocalDate day(String y, String mo, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            return plausible(date) ? date : null;
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean plausible(LocalDate d) {
        return d.getYear() >= 1990 && d.getYear() <= 2100;
    }
}
