package io.github.verbatim.eval;

import io.github.verbatim.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Code-point view of one article text used by the scorer: counts non-space characters in ranges and trims
 * spans for the exact-match metrics. Immutable.
 */
final class SpanText {

    private final int[] codePoints;
    /** nonSpace[i] = number of non-space code points before offset i. */
    private final int[] nonSpace;

    SpanText(String text) {
        this.codePoints = text.codePoints().toArray();
        this.nonSpace = new int[codePoints.length + 1];
        for (int i = 0; i < codePoints.length; i++) {
            nonSpace[i + 1] = nonSpace[i] + (isSpace(codePoints[i]) ? 0 : 1);
        }
    }

    int length() {
        return codePoints.length;
    }

    int codePointAt(int i) {
        return codePoints[i];
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Number of non-space code points the two span lists share. */
    int sharedNonSpace(List<Span> a, List<Span> b) {
        int total = 0;
        for (Span x : a) {
            for (Span y : b) {
                int s = Math.max(x.start(), y.start());
                int e = Math.min(Math.min(x.end(), y.end()), codePoints.length);
                if (s < e) {
                    total += nonSpace[e] - nonSpace[s];
                }
            }
        }
        return total;
    }

    /**
     * The spans with white space, quotation marks and punctuation trimmed from both ends of each segment;
     * segments left empty are dropped. Used as the identity of a span in exact-match metrics.
     */
    List<Span> trim(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int start = Math.min(s.start(), codePoints.length);
            int end = Math.min(s.end(), codePoints.length);
            while (start < end && !Character.isLetterOrDigit(codePoints[start])) {
                start++;
            }
            while (end > start && !Character.isLetterOrDigit(codePoints[end - 1])) {
                end--;
            }
            if (start < end) {
                out.add(new Span(start, end));
            }
        }
        out.sort(null);
        return out;
    }

    /** True when a double quotation mark (or guillemet) occurs inside the spans. */
    boolean holdsQuotationMark(List<Span> spans) {
        for (Span s : spans) {
            for (int i = s.start(); i < Math.min(s.end(), codePoints.length); i++) {
                if (isQuotationMark(codePoints[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when every non-space code point of the trimmed spans lies within quotation marks at its edges. */
    boolean fullyQuoted(List<Span> spans) {
        if (spans.isEmpty()) {
            return false;
        }
        for (Span s : spans) {
            int start = s.start();
            int end = Math.min(s.end(), codePoints.length);
            while (start < end && isSpace(codePoints[start])) {
                start++;
            }
            while (end > start && (isSpace(codePoints[end - 1]) || isEdgePunct(codePoints[end - 1]))) {
                end--;
            }
            if (start >= end || !isQuotationMark(codePoints[start]) || !isQuotationMark(codePoints[end - 1])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEdgePunct(int cp) {
        return cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '?';
    }

    static boolean isQuotationMark(int cp) {
        switch (cp) {
            case '"': case '\u201C': case '\u201D': case '\u201E': case '\u201F':
            case '\u00AB': case '\u00BB': case '\u300C': case '\u300D': case '\u2018':
                return true;
            default:
                return false;
        }
    }
}
