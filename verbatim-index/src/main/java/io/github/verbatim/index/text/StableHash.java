package io.github.verbatim.index.text;

/**
 * A 64-bit hash of strings that is the same in every JVM and run (FNV-1a over UTF-16 units, then the
 * SplitMix64 finaliser), so ids and MinHash signatures built from it are reproducible across machines.
 */
public final class StableHash {

    /** FNV-1a's starting value: {@link #of} is {@code mix} of the running FNV-1a hash from here. */
    public static final long FNV_OFFSET = 0xcbf29ce484222325L;
    /** FNV-1a's multiplier: each UTF-16 unit {@code c} turns the running hash {@code h} into {@code (h ^ c) * FNV_PRIME}. */
    public static final long FNV_PRIME = 0x100000001b3L;

    private StableHash() {
    }

    /** The hash of {@code s}. */
    public static long of(CharSequence s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
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
        String digits = Long.toHexString(of(s));
        return "0".repeat(16 - digits.length()) + digits;
    }
}
