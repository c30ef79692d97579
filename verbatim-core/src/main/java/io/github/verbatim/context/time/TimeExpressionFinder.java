package io.github.verbatim.context.time;

import io.github.verbatim.context.CharSpan;
import io.github.verbatim.text.LowerCaseWords;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Sentence;
import io.github.verbatim.text.Token;
import io.github.verbatim.text.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Finds English time expressions in a token range by a hand-written scan over {@link io.github.verbatim.text.Segmenter} tokens (no
 * regular expressions): weekdays ("on Wednesday", "last Tuesday", "Tuesday night"), relative days
 * ("yesterday", "today", "last night", "three days ago"), relative weeks, weekends, months and years
 * ("last week", "earlier this month", "next year"), dates ("March 24", "on March 24, 2016", "Sept. 11",
 * "24 March"), months ("in March", "last June", "March 2015") and years ("in 2015").
 *
 * <p>Month names that are also common words ("May", "March") count only when capitalised and followed by a
 * day or year or preceded by a time preposition. An expression is marked future when it says "next", "later",
 * "by" or "until", or its sentence has "will", "'ll", "shall" or "scheduled" before it (unless a "since"
 * comes between, and not across a quotation mark), past when it says "last", "earlier", "since" or "ago".
 *
 * <p>Stateless and thread-safe.
 *
 * @see io.github.verbatim.text.Segmenter
 */
public final class TimeExpressionFinder {

    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday"};
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final String[] NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve"};

    /**
     * Words (lower case) that can start an expression: {@link Scan#at} finds nothing at a token that is not
     * one of them and does not start with a digit, so the scan skips it without lower-casing it.
     */
    private static final LowerCaseWords STARTS = LowerCaseWords.of("yesterday", "today", "tonight", "tomorrow",
            "last", "this", "next", "earlier", "later", "early", "late", "on", "in", "since", "until", "by",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve");

    /** Every expression in tokens {@code [from, to)} of {@code seg}, left to right, not overlapping. */
    public List<TimeExpression> find(Segmentation seg, int from, int to) {
        return find(seg, from, to, false);
    }

    /** As {@link #find(Segmentation, int, int)}, trying every token (the reference the tests check against). */
    List<TimeExpression> findTryingEveryToken(Segmentation seg, int from, int to) {
        return find(seg, from, to, true);
    }

    /**
     * The first expression of {@link #find(Segmentation, int, int)} in tokens {@code [from, to)} that
     * {@code accept} takes, or null; the scan stops there.
     */
    public TimeExpression first(Segmentation seg, int from, int to, Predicate<TimeExpression> accept) {
        Objects.requireNonNull(accept, "accept");
        List<TimeExpression> found = find(seg, from, to, false, accept);
        return found.isEmpty() ? null : found.get(0);
    }

    private List<TimeExpression> find(Segmentation seg, int from, int to, boolean everyToken) {
        return find(seg, from, to, everyToken, null);
    }

    /**
     * The expressions left to right; with a {@code stop}, only the first one it takes (the scan ends there), or
     * none.
     */
    private List<TimeExpression> find(Segmentation seg, int from, int to, boolean everyToken,
            Predicate<TimeExpression> stop) {
        if (from < 0 || to > seg.tokens().size() || from > to) {
            throw new IllegalArgumentException("token range " + from + ".." + to + " outside 0.."
                    + seg.tokens().size());
        }
        Scan scan = null; // made at the first token that may start an expression
        List<TimeExpression> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!everyToken && !mayStart(seg, i)) {
                i++;
                continue;
            }
            if (scan == null) {
                scan = new Scan(seg, from, to);
            }
            TimeExpression e = scan.at(i);
            if (e == null) {
                i++;
                continue;
            }
            out.add(e);
            if (stop != null && stop.test(e)) {
                return List.of(e);
            }
            i = seg.tokenAtOrAfter(e.span().end());
        }
        return stop == null ? out : List.of();
    }

    /**
     * Whether {@link Scan#at} can find an expression at token {@code i}: its lower case is null there for
     * quotation marks and tokens over 12 chars; otherwise each branch needs the token to be a word of
     * {@link #STARTS} or to start with a digit (day numbers, years, counts).
     */
    private static boolean mayStart(Segmentation seg, int i) {
        Token t = seg.tokens().get(i);
        if (t.type() == TokenType.QUOTE || t.end() - t.start() > 12) {
            return false;
        }
        return Character.isDigit(seg.text().charAt(t.start())) || STARTS.contains(seg.text(), t.start(), t.end());
    }

    /** Every expression in the whole text. */
    public List<TimeExpression> find(Segmentation seg) {
        return find(seg, 0, seg.tokens().size());
    }

    /** Month number 1-12 for a lower-case full or abbreviated month name, else 0. */
    static int month(String lower) {
        if (lower == null || lower.length() < 3) {
            return 0;
        }
        for (int m = 0; m < 12; m++) {
            String name = MONTHS[m];
            if (name.equals(lower)) {
                return m + 1;
            }
        }
        switch (lower) {
            case "jan": return 1;
            case "feb": return 2;
            case "mar": return 3;
            case "apr": return 4;
            case "jun": return 6;
            case "jul": return 7;
            case "aug": return 8;
            case "sep": case "sept": return 9;
            case "oct": return 10;
            case "nov": return 11;
            case "dec": return 12;
            default: return 0;
        }
    }

    private static int weekday(String lower) {
        if (lower == null) {
            return 0;
        }
        for (int d = 0; d < 7; d++) {
            if (WEEKDAYS[d].equals(lower)) {
                return d + 1;
            }
        }
        return 0;
    }

    /** One scan over a token range; holds lazily computed lower-case token texts. */
    private static final class Scan {
        private final Segmentation seg;
        private final String text;
        private final int from;
        private final int to;
        private final String[] lower;

        Scan(Segmentation seg, int from, int to) {
            this.seg = seg;
            this.text = seg.text();
            this.from = from;
            this.to = to;
            this.lower = new String[to - from];
        }

        /** Lower-case text of a WORD or NUMBER token of at most 12 chars inside the range, else null. */
        String lower(int i) {
            if (i < from || i >= to) {
                return null;
            }
            String s = lower[i - from];
            if (s == null) {
                Token t = seg.tokens().get(i);
                if (t.type() == TokenType.QUOTE || t.end() - t.start() > 12) {
                    s = "";
                } else {
                    s = text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
                }
                lower[i - from] = s;
            }
            return s.isEmpty() ? null : s;
        }

        boolean is(int i, String word) {
            return word.equals(lower(i));
        }

        boolean capitalised(int i) {
            return Character.isUpperCase(text.charAt(seg.tokens().get(i).start()));
        }

        /** Whether token i is a '.' right after token i-1 (as in "Sept."). */
        boolean dotAfter(int i) {
            if (i >= to || i == 0 || !abbreviatedMonth(lower(i - 1))) {
                return false;
            }
            Token t = seg.tokens().get(i);
            return t.type() == TokenType.PUNCT && text.charAt(t.start()) == '.'
                    && seg.tokens().get(i - 1).end() == t.start();
        }

        private static boolean abbreviatedMonth(String w) {
            return w != null && w.length() <= 4 && month(w) > 0 && !w.equals("may") && !w.equals("june")
                    && !w.equals("july");
        }

        /** Day of month 1-31 written as "24" or "24th" at token i, else 0. */
        int dayNumber(int i) {
            String s = lower(i);
            if (s == null) {
                return 0;
            }
            int digits = 0;
            while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
                digits++;
            }
            if (digits == 0 || digits > 2) {
                return 0;
            }
            String suffix = s.substring(digits);
            if (!suffix.isEmpty() && !suffix.equals("st") && !suffix.equals("nd") && !suffix.equals("rd")
                    && !suffix.equals("th")) {
                return 0;
            }
            int d = Integer.parseInt(s.substring(0, digits));
            return d >= 1 && d <= 31 ? d : 0;
        }

        /** A year 1900-2099 at token i, else 0. */
        int yearNumber(int i) {
            String s = lower(i);
            if (s == null || s.length() != 4 || !allDigits(s)) {
                return 0;
            }
            int y = Integer.parseInt(s);
            return y >= 1900 && y <= 2099 ? y : 0;
        }

        int countNumber(int i) {
            String s = lower(i);
            if (s == null) {
                return 0;
            }
            if (s.length() <= 2 && allDigits(s)) {
                return Integer.parseInt(s);
            }
            if (s.equals("a")) {
                return 1;
            }
            for (int k = 0; k < NUMBER_WORDS.length; k++) {
                if (NUMBER_WORDS[k].equals(s)) {
                    return k + 1;
                }
            }
            return 0;
        }

        private static boolean allDigits(String s) {
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return !s.isEmpty();
        }

        /** 1 when a future marker precedes {@code first} in its sentence, -1 for a nearer "since", else 0. */
        int tenseContext(int first) {
            Sentence s = seg.sentences().get(seg.sentenceOfToken(first));
            for (int k = first - 1; k >= Math.max(s.firstToken(), first - 12); k--) {
                if (seg.tokens().get(k).type() == TokenType.QUOTE) {
                    break; // a quotation's own tense says nothing about the attribution's
                }
                String w = seg.tokenText(k).toLowerCase(Locale.ROOT);
                switch (w) {
                    case "since":
                        return -1;
                    case "will": case "'ll": case "\u2019ll": case "shall": case "scheduled":
                        return 1;
                    default:
                        break;
                }
            }
            return 0;
        }

        TimeExpression make(int first, int end, TimeExpression.Kind kind, int value, int day, int year,
                int direction) {
            int start = seg.tokens().get(first).start();
            int stop = seg.tokens().get(end - 1).end();
            int dir = direction != 0 ? direction : tenseContext(first);
            return new TimeExpression(text.substring(start, stop), new CharSpan(start, stop), kind, value, day,
                    year, dir);
        }

        TimeExpression at(int i) {
            String w = lower(i);
            if (w == null) {
                return null;
            }
            switch (w) {
                case "yesterday":
                    return make(i, extendPartOfDay(i + 1), TimeExpression.Kind.DAY_OFFSET, -1, 0, 0, -1);
                case "today":
                    if (partOfName(i)) {
                        return null;
                    }
                    return make(i, i + 1, TimeExpression.Kind.DAY_OFFSET, 0, 0, 0, 0);
                case "tonight":
                    return make(i, i + 1, TimeExpression.Kind.DAY_OFFSET, 0, 0, 0, 0);
                case "tomorrow":
                    return make(i, extendPartOfDay(i + 1), TimeExpression.Kind.DAY_OFFSET, 1, 0, 0, 1);
                case "last":
                case "this":
                case "next":
                    return relative(i, i, offset(w), offset(w));
                case "earlier":
                case "later":
                case "early":
                case "late":
                    if (is(i + 1, "this") || is(i + 1, "last") || is(i + 1, "next")) {
                        int offset = offset(lower(i + 1));
                        int direction = offset != 0 ? offset : w.startsWith("earl") ? -1 : 1;
                        return relative(i, i + 1, offset, direction);
                    }
                    return monthAfterModifier(i, i + 1, 0);
                case "on":
                    return onSomething(i);
                case "in":
                case "since":
                case "until":
                case "by":
                    return inSomething(i);
                default:
                    break;
            }
            if (weekday(w) > 0 && capitalised(i)) {
                return weekdayAt(i, i, 0);
            }
            TimeExpression date = monthDayAt(i, i);
            if (date != null) {
                return date;
            }
            int n = countNumber(i);
            if (n > 0 && is(i + 2, "ago")) {
                String unit = lower(i + 1);
                TimeExpression.Kind kind = unit == null ? null : switch (unit) {
                    case "day", "days" -> TimeExpression.Kind.DAY_OFFSET;
                    case "week", "weeks" -> TimeExpression.Kind.WEEK_OFFSET;
                    case "month", "months" -> TimeExpression.Kind.MONTH_OFFSET;
                    case "year", "years" -> TimeExpression.Kind.YEAR_OFFSET;
                    default -> null;
                };
                if (kind != null) {
                    return make(i, i + 3, kind, -n, 0, 0, -1);
                }
            }
            return null;
        }

        /** "USA Today": capitalised after a capitalised word inside a sentence. */
        private boolean partOfName(int i) {
            if (!capitalised(i) || i == 0 || i <= seg.sentences().get(seg.sentenceOfToken(i)).firstToken()) {
                return false;
            }
            Token p = seg.tokens().get(i - 1);
            return p.type() == TokenType.WORD && Character.isUpperCase(text.charAt(p.start()));
        }

        private int extendPartOfDay(int i) {
            String w = lower(i);
            if ("morning".equals(w) || "afternoon".equals(w) || "evening".equals(w) || "night".equals(w)) {
                return i + 1;
            }
            return i;
        }

        private static int offset(String modifier) {
            return "last".equals(modifier) ? -1 : "next".equals(modifier) ? 1 : 0;
        }

        /** "last week", "this month", "next Tuesday", "last night", "this morning", "last March". */
        private TimeExpression relative(int first, int modifier, int offset, int direction) {
            int j = modifier + 1;
            String u = lower(j);
            if (u == null) {
                return null;
            }
            switch (u) {
                case "week":
                    return make(first, j + 1, TimeExpression.Kind.WEEK_OFFSET, offset, 0, 0, direction);
                case "weekend":
                    return make(first, j + 1, TimeExpression.Kind.WEEKEND_OFFSET, offset, 0, 0, direction);
                case "month":
                    return make(first, j + 1, TimeExpression.Kind.MONTH_OFFSET, offset, 0, 0, direction);
                case "year":
                    return make(first, j + 1, TimeExpression.Kind.YEAR_OFFSET, offset, 0, 0, direction);
                case "night":
                    return offset == -1 ? make(first, j + 1, TimeExpression.Kind.DAY_OFFSET, -1, 0, 0, -1)
                            : offset == 0 ? make(first, j + 1, TimeExpression.Kind.DAY_OFFSET, 0, 0, 0, 0) : null;
                case "morning":
                case "afternoon":
                case "evening":
                    return offset == 0 ? make(first, j + 1, TimeExpression.Kind.DAY_OFFSET, 0, 0, 0, 0) : null;
                default:
                    break;
            }
            if (weekday(u) > 0 && capitalised(j)) {
                return weekdayAt(first, j, offset);
            }
            int m = month(u);
            if (m > 0 && capitalised(j) && modifier == first) {
                int end = j + 1;
                if (dotAfter(end)) {
                    end++;
                }
                return make(first, end, TimeExpression.Kind.MONTH, m, 0, 0, offset);
            }
            return null;
        }

        /** A weekday at token j, the expression starting at {@code first}. */
        private TimeExpression weekdayAt(int first, int j, int direction) {
            int next = j + 1;
            if (next < to && ",".equals(seg.tokenText(next)) && month(lower(next + 1)) > 0) {
                TimeExpression date = monthDayAt(first, next + 1);
                if (date != null) {
                    return date;
                }
            }
            TimeExpression date = monthDayAt(first, next);
            if (date != null) {
                return date;
            }
            return make(first, extendPartOfDay(next), TimeExpression.Kind.WEEKDAY, weekday(lower(j)), 0, 0,
                    direction);
        }

        /** "on Wednesday", "on March 24", "on 24 March". */
        private TimeExpression onSomething(int i) {
            String w = lower(i + 1);
            if (w == null) {
                return null;
            }
            if (weekday(w) > 0 && capitalised(i + 1)) {
                return weekdayAt(i, i + 1, 0);
            }
            return monthDayAt(i, i + 1);
        }

        /** "in March", "in March 2015", "in 2015", "in early 2015", "in late March". */
        private TimeExpression inSomething(int i) {
            int j = i + 1;
            String w = lower(j);
            if (w == null) {
                return null;
            }
            if (w.equals("early") || w.equals("late") || w.equals("mid")) {
                j++;
            }
            int year = yearNumber(j);
            if (year > 0 && !is(i, "by")) {
                return make(i, j + 1, TimeExpression.Kind.YEAR, year, 0, 0, 0);
            }
            int direction = is(i, "since") ? -1 : is(i, "by") || is(i, "until") ? 1 : 0;
            if (is(i, "in") && j == i + 1) {
                TimeExpression date = monthDayAt(i, j);
                if (date != null) {
                    return date;
                }
            }
            return monthAfterModifier(i, j, direction);
        }

        /** A month name at token j after a modifier starting at {@code first}: "in March", "early June 2015". */
        private TimeExpression monthAfterModifier(int first, int j, int direction) {
            int m = month(lower(j));
            if (m == 0 || !capitalised(j)) {
                return null;
            }
            int end = j + 1;
            if (dotAfter(end)) {
                end++;
            }
            if (dayNumber(end) > 0) {
                return null; // a full date: found when the scan reaches the month
            }
            int year = yearNumber(end);
            if (year > 0) {
                end++;
            }
            return make(first, end, TimeExpression.Kind.MONTH, m, 0, year, direction);
        }

        /** "March 24", "Sept. 11, 2001", "24 March 2015", "March 2015", starting at j, expression at first. */
        private TimeExpression monthDayAt(int first, int j) {
            String w = lower(j);
            int m = month(w);
            if (m > 0 && capitalised(j)) {
                int k = j + 1;
                if (dotAfter(k)) {
                    k++;
                } else if (w.length() < 5 && !w.equals("may") && !w.equals("june") && !w.equals("july")) {
                    return null; // "Jan" without its period is too often a name
                }
                int day = dayNumber(k);
                if (day > 0) {
                    int end = k + 1;
                    int year = 0;
                    if (end < to && ",".equals(seg.tokenText(end)) && yearNumber(end + 1) > 0) {
                        year = yearNumber(end + 1);
                        end += 2;
                    } else if (yearNumber(end) > 0) {
                        year = yearNumber(end);
                        end++;
                    }
                    return make(first, end, TimeExpression.Kind.MONTH_DAY, m, day, year, 0);
                }
                int year = yearNumber(k);
                if (year > 0) {
                    return make(first, k + 1, TimeExpression.Kind.MONTH, m, 0, year, 0);
                }
                return null;
            }
            int day = dayNumber(j);
            if (day > 0 && month(lower(j + 1)) > 0 && capitalised(j + 1)) {
                int end = j + 2;
                String name = lower(j + 1);
                if (dotAfter(end)) {
                    end++;
                } else if (name.length() < 5 && !name.equals("may") && !name.equals("june") && !name.equals("july")) {
                    return null;
                }
                int year = yearNumber(end);
                if (year > 0) {
                    end++;
                }
                return make(first, end, TimeExpression.Kind.MONTH_DAY, month(name), day, year, 0);
            }
            return null;
        }
    }
}
