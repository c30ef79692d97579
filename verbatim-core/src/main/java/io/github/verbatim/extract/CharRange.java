package io.github.verbatim.extract;

/**
 * A half-open UTF-16 range {@code [start, end)} of an article's original text: the unit inside the
 * pipeline, converted to code point spans at the output boundary.
 */
public record CharRange(int start, int end) {
    public CharRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid char range [" + start + ", " + end + ")");
        }
    }

    /** True when the two ranges share a char. */
    public boolean overlaps(CharRange other) {
        return start < other.end && other.start < end;
    }
}
