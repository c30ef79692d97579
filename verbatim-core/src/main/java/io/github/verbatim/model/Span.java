package io.github.verbatim.model;

/**
 * A half-open range {@code [start, end)} of Unicode code points in an article's original text.
 *
 * <p>This is the offset unit of the output contract: every span Verbatim emits points into the
 * unmodified article text, counted in code points (not UTF-16 chars), end exclusive. Code inside the
 * pipeline works in UTF-16 indices and converts at the boundary with {@link CodePointIndex}.
 *
 * @param start first code point, inclusive, {@code >= 0}
 * @param end   last code point, exclusive, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** Number of code points covered. */
    public int length() {
        return end - start;
    }

    /** True when the two spans share at least one code point. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** True when {@code other} lies entirely inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
