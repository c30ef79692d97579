package io.github.verbatim.index.text;

/**
 * A 64-bit hash of strings that is the same in every JVM and run (FNV-1a over UTF-16 units, then the
 * SplitMix64 finaliser), so ids and MinHash signatures built from it are reproducible across machines.
 */
public final class StableHash {

    private StableHash() {
    }

    /** The hash of {@code s}. */
    public static long of(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The SplitMix64 finaliser: spreads every input bit over the whole output. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** {@code of(s)} as 16 lower-case hex digits. */
    public static String hex(CharSequence s) {
        return String.format("%016x", of(s));
    }
}
