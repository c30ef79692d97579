package io.github.verbatim.context;

import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.model.Span;

/**
 * A half-open UTF-16 range {@code [start, end)} of an article's original text, the offset unit inside the
 * context stages. Convert to the contract's code point {@link Span} with {@link #toSpan(CodePointIndex)}.
 *
 * @param start first char, inclusive, {@code >= 0}
 * @param end   last char, exclusive, {@code >= start}
 */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {

    public CharSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid char span [" + start + ", " + end + ")");
        }
    }

    /** True when {@code other} lies entirely inside this span. */
    public boolean contains(CharSpan other) {
        return start <= other.start && other.end <= end;
    }

    /** True when the two spans share at least one char. */
    public boolean overlaps(CharSpan other) {
        return start < other.end && other.start < end;
    }

    /** The covered text of {@code text}. */
    public String slice(String text) {
        return text.substring(start, end);
    }

    /** This range in code points of the text {@code index} was built for. */
    public Span toSpan(CodePointIndex index) {
        return index.span(start, end);
    }

    @Override
    public int compareTo(CharSpan o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
