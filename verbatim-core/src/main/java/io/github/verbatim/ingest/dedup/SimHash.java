package io.github.verbatim.ingest.dedup;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 64-bit SimHash of a text over overlapping word shingles (lower-cased {@code \w+} tokens, three to a
 * shingle). Texts that share most shingles get fingerprints a few bits apart. Stateless.
 */
public final class SimHash {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Words per shingle. */
    public static final int SHINGLE = 3;

    private SimHash() {
    }

    /** The fingerprint and the number of tokens it was built from. */
    public record Fingerprint(long bits, int tokens) {
    }

    /** Fingerprints {@code text}. */
    public static Fingerprint of(String text) {
        int[] weights = new int[64];
        Matcher m = TOKEN.matcher(text);
        long[] window = new long[SHINGLE];
        int tokens = 0;
        while (m.find()) {
            window[tokens % SHINGLE] = fnv(m.group().toLowerCase(Locale.ROOT));
            tokens++;
            if (tokens >= SHINGLE) {
                long h = 0;
                for (int i = 0; i < SHINGLE; i++) {
                    h = mix(h * 31 + window[(tokens + i) % SHINGLE]);
                }
                for (int bit = 0; bit < 64; bit++) {
                    weights[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
                }
            }
        }
        long bits = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                bits |= 1L << bit;
            }
        }
        return new Fingerprint(bits, tokens);
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64 finaliser: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
