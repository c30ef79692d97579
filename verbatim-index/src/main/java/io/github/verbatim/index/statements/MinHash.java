package io.github.verbatim.index.statements;

import io.github.verbatim.index.text.StableHash;
import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures of word-shingle sets, split into bands for locality-sensitive candidate search.
 *
 * <p>A signature has {@code bands * rows} values; two sets with Jaccard similarity J share at least one band
 * with probability {@code 1 - (1 - J^rows)^bands}. Deterministic (seeds are fixed) and thread-safe.
 */
public final class MinHash {

    private final int bands;
    private final int rows;
    private final int shingle;
    private final long[] seeds;

    /**
     * @param bands   number of bands, at least 1
     * @param rows    values per band, at least 1
     * @param shingle words per shingle, at least 1
     */
    public MinHash(int bands, int rows, int shingle) {
        if (bands < 1 || rows < 1 || shingle < 1) {
            throw new IllegalArgumentException("bands, rows and shingle must be >= 1, got " + bands + ", "
                    + rows + ", " + shingle);
        }
        this.bands = bands;
        this.rows = rows;
        this.shingle = shingle;
        this.seeds = new long[bands * rows];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = StableHash.mix(0x9E3779B97F4A7C15L * (i + 1));
        }
    }

    /** The band keys of {@code words}: one 64-bit key per band, each also mixing in the band number. */
    public long[] bandKeys(List<String> words) {
        long[] shingles = shingles(words);
        long[] sig = new long[seeds.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = StableHash.mix(s ^ seeds[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long k = b;
            for (int r = 0; r < rows; r++) {
                k = StableHash.mix(k * 31 + sig[b * rows + r]);
            }
            keys[b] = k;
        }
        return keys;
    }

    private long[] shingles(List<String> words) {
        int width = Math.min(shingle, Math.max(1, words.size()));
        int count = Math.max(1, words.size() - width + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            // StableHash.of(w_i + " " + ... + w_(i+width-1) + " "), hashed in place (FNV-1a is a running hash)
            long h = StableHash.FNV_OFFSET;
            for (int k = i; k < Math.min(words.size(), i + width); k++) {
                String w = words.get(k);
                for (int c = 0; c < w.length(); c++) {
                    h = (h ^ w.charAt(c)) * StableHash.FNV_PRIME;
                }
                h = (h ^ ' ') * StableHash.FNV_PRIME;
            }
            out[i] = StableHash.mix(h);
        }
        return out;
    }
}
