package io.github.verbatim.ingest.dedup;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MinHash signature of a text's set of word shingles (lower-cased {@code \w+} tokens, five to a shingle):
 * {@link #SIZE} minima of independent hash permutations. The share of equal positions in two signatures
 * estimates the Jaccard similarity of the two shingle sets. Stateless.
 */
public final class MinHash {

    /** Words per shingle. */
    public static final int SHINGLE = 5;
    /** Signature length. */
    public static final int SIZE = 64;

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final long[] SEEDS = new long[SIZE];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            s += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(s);
        }
    }

    private MinHash() {
    }

    /** A signature and the number of tokens behind it. */
    public record Signature(long[] values, int tokens) implements java.io.Serializable {
        /** Estimated Jaccard similarity with {@code other}. */
        public double similarity(Signature other) {
            int same = 0;
            for (int i = 0; i < SIZE; i++) {
                if (values[i] == other.values[i]) {
                    same++;
                }
            }
            return (double) same / SIZE;
        }
    }

    /** The signature of {@code text}. */
    public static Signature of(String text) {
        long[] min = new long[SIZE];
        Arrays.fill(min, Long.MAX_VALUE);
        long[] window = new long[SHINGLE];
        Matcher m = TOKEN.matcher(text);
        int tokens = 0;
        while (m.find()) {
            window[tokens % SHINGLE] = fnv(m.group().toLowerCase(Locale.ROOT));
            tokens++;
            if (tokens >= SHINGLE) {
                long h = 0;
                for (int i = 0; i < SHINGLE; i++) {
                    h = h * 0x100000001b3L + window[(tokens + i) % SHINGLE];
                }
                for (int i = 0; i < SIZE; i++) {
                    long v = mix(h ^ SEEDS[i]);
                    if (v < min[i]) {
                        min[i] = v;
                    }
                }
            }
        }
        return new Signature(min, tokens);
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64 finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
