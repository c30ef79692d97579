package io.github.verbatim.learn;

/**
 * Allocation-free 64-bit hashing of char ranges and feature templates, so that features are computed from
 * the article text directly instead of from per-token strings. Deterministic across runs and JVMs (never
 * uses {@link String#hashCode()} or identity hashes), which keeps trained models reproducible.
 */
public final class FeatureHash {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    /** Hash of the lower-cased chars {@code text[start, end)}. */
    public static long lower(CharSequence text, int start, int end) {
        long h = FNV_OFFSET;
        for (int i = start; i < end; i++) {
            h ^= Character.toLowerCase(text.charAt(i));
            h *= FNV_PRIME;
        }
        return h;
    }

    /** Hash of the chars {@code text[start, end)} as written. */
    public static long exact(CharSequence text, int start, int end) {
        long h = FNV_OFFSET;
        for (int i = start; i < end; i++) {
            h ^= text.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    /** Hash of a string, lower-cased; equal to {@code lower(s, 0, s.length())}. */
    public static long lower(String s) {
        return lower(s, 0, s.length());
    }

    /**
     * Hash of the word shape of {@code text[start, end)}: upper-case letters map to X, lower-case to x, digits
     * to d, other chars to themselves; runs of the same class collapse, so "Obama" and "Clinton" share "Xx".
     */
    public static long shape(CharSequence text, int start, int end) {
        long h = FNV_OFFSET;
        char last = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            char s;
            if (Character.isUpperCase(c)) {
                s = 'X';
            } else if (Character.isLowerCase(c)) {
                s = 'x';
            } else if (Character.isDigit(c)) {
                s = 'd';
            } else {
                s = c;
            }
            if (s != last) {
                h ^= s;
                h *= FNV_PRIME;
                last = s;
            }
        }
        return h;
    }

    /** Combines two hashes, order-sensitive. */
    public static long combine(long a, long b) {
        return mix(a * 0x9E3779B97F4A7C15L + b);
    }

    /** A strong 64-bit finaliser (the MurmurHash3 fmix64 constants). */
    public static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
