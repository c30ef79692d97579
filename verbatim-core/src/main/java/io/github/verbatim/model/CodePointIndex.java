package io.github.verbatim.model;

import java.util.Arrays;

/**
 * Converts between UTF-16 char indices and Unicode code point offsets for one immutable text.
 *
 * <p>Texts without supplementary characters (the common case) convert in O(1) with no table. Otherwise
 * a sorted table of the surrogate-pair positions answers each conversion with a binary search. Instances
 * are immutable and thread-safe.
 */
public final class CodePointIndex {

    private static final int[] NO_PAIRS = new int[0];

    /** UTF-16 indices of the high surrogate of every supplementary character, ascending. */
    private final int[] pairs;
    private final int charLength;

    private CodePointIndex(int[] pairs, int charLength) {
        this.pairs = pairs;
        this.charLength = charLength;
    }

    /** Builds the index for {@code text}. */
    public static CodePointIndex of(CharSequence text) {
        int n = text.length();
        // A String knows cheaply whether it holds a surrogate pair (in O(1) when it is stored as Latin-1): every
        // valid pair counts as one code point, a lone surrogate as one, so the count is n exactly when there is
        // no pair, the common case, which needs no scan and no table.
        if (text instanceof String s && s.codePointCount(0, n) == n) {
            return new CodePointIndex(NO_PAIRS, n);
        }
        int count = 0;
        int[] found = NO_PAIRS;
        for (int i = 0; i + 1 < n; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, Math.max(8, count * 2));
                }
                found[count++] = i;
                i++;
            }
        }
        return new CodePointIndex(Arrays.copyOf(found, count), n);
    }

    /** Code point offset of UTF-16 index {@code charIndex} (0..length inclusive). */
    public int toCodePoint(int charIndex) {
        if (charIndex < 0 || charIndex > charLength) {
            throw new IndexOutOfBoundsException("char index " + charIndex + " outside [0, " + charLength + "]");
        }
        if (pairs.length == 0) {
            return charIndex;
        }
        // pairs strictly before charIndex whose low surrogate is also before charIndex
        int before = lowerBound(charIndex - 1);
        return charIndex - before;
    }

    /** UTF-16 index of code point offset {@code codePoint}. */
    public int toChar(int codePoint) {
        if (codePoint < 0) {
            throw new IndexOutOfBoundsException("code point offset " + codePoint + " is negative");
        }
        if (pairs.length == 0) {
            if (codePoint > charLength) {
                throw new IndexOutOfBoundsException("code point offset " + codePoint + " past end " + charLength);
            }
            return codePoint;
        }
        // each pair before the target adds one extra char
        int lo = 0;
        int hi = pairs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            // code point offset of pair mid is pairs[mid] - mid
            if (pairs[mid] - mid < codePoint) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int result = codePoint + lo;
        if (result > charLength) {
            throw new IndexOutOfBoundsException("code point offset " + codePoint + " past end");
        }
        return result;
    }

    /** Converts a UTF-16 range into a code point {@link Span}. */
    public Span span(int charStart, int charEnd) {
        return new Span(toCodePoint(charStart), toCodePoint(charEnd));
    }

    /** Number of pair starts {@code < limit}, i.e. {@code <= limit - 1}. */
    private int lowerBound(int lastIncluded) {
        int lo = 0;
        int hi = pairs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[mid] < lastIncluded) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
