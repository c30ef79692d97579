package io.github.verbatim.learn;

import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Token;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Words that report speech, learned from training data: for every lower-cased word form the share of its
 * occurrences that lie inside a gold cue span, kept when the word is frequent enough and cue-like enough, and
 * bucketed into a strength 1 (sometimes a cue) to 3 (almost always a cue). Lookup hashes the token's chars, so
 * it allocates nothing. Immutable and thread-safe.
 */
public final class CueLexicon {

    /** The empty lexicon: every lookup answers 0. */
    public static final CueLexicon EMPTY = new CueLexicon(new long[0], new byte[0]);

    private final long[] keys;
    private final byte[] strengths;

    private CueLexicon(long[] keys, byte[] strengths) {
        this.keys = keys;
        this.strengths = strengths;
    }

    /**
     * Rebuilds a lexicon from its serialised form.
     *
     * @param keys      ascending, distinct word hashes ({@link FeatureHash#lower(CharSequence, int, int)})
     * @param strengths one strength in 1..3 per key
     */
    public static CueLexicon of(long[] keys, byte[] strengths) {
        if (keys.length != strengths.length) {
            throw new IllegalArgumentException("keys (" + keys.length + ") and strengths (" + strengths.length
                    + ") differ in length");
        }
        for (int i = 0; i < keys.length; i++) {
            if (i > 0 && keys[i] <= keys[i - 1]) {
                throw new IllegalArgumentException("lexicon keys not strictly ascending at " + i);
            }
            if (strengths[i] < 1 || strengths[i] > 3) {
                throw new IllegalArgumentException("lexicon strength " + strengths[i] + " outside 1..3 at " + i);
            }
        }
        return new CueLexicon(keys.clone(), strengths.clone());
    }

    /** Strength 1..3 of the word with lower-case hash {@code hash}, or 0 when it is not a cue word. */
    public int strength(long hash) {
        int i = Arrays.binarySearch(keys, hash);
        return i >= 0 ? strengths[i] : 0;
    }

    /** True when {@code other} holds the same words with the same strengths, so that every lookup answers alike. */
    boolean sameEntries(CueLexicon other) {
        return this == other || Arrays.equals(keys, other.keys) && Arrays.equals(strengths, other.strengths);
    }

    /** Number of words. */
    public int size() {
        return keys.length;
    }

    long[] keys() {
        return keys.clone();
    }

    byte[] strengths() {
        return strengths.clone();
    }

    /** Collects word counts from tagged training sequences and builds a lexicon. Not thread-safe. */
    public static final class Builder {
        private final Map<Long, int[]> counts = new HashMap<>();

        /** Counts the tokens of {@code segmentation}; {@code tags[i]} is token i's gold tag. */
        public Builder add(Segmentation segmentation, int[] tags) {
            String text = segmentation.text();
            for (int i = 0; i < tags.length; i++) {
                Token t = segmentation.tokens().get(i);
                int[] c = counts.computeIfAbsent(FeatureHash.lower(text, t.start(), t.end()), k -> new int[2]);
                c[0]++;
                if (BioTags.role(tags[i]) == AttributionRole.CUE) {
                    c[1]++;
                }
            }
            return this;
        }

        /** Keeps words seen at least {@code minCount} times as a cue in at least 5% of their occurrences. */
        public CueLexicon build(int minCount) {
            TreeMap<Long, Byte> kept = new TreeMap<>();
            for (Map.Entry<Long, int[]> e : counts.entrySet()) {
                int total = e.getValue()[0];
                int cue = e.getValue()[1];
                if (cue < minCount) {
                    continue;
                }
                double rate = cue / (double) total;
                if (rate < 0.05) {
                    continue;
                }
                kept.put(e.getKey(), (byte) (rate < 0.25 ? 1 : rate < 0.6 ? 2 : 3));
            }
            long[] keys = new long[kept.size()];
            byte[] strengths = new byte[kept.size()];
            int i = 0;
            for (Map.Entry<Long, Byte> e : kept.entrySet()) {
                keys[i] = e.getKey();
                strengths[i++] = e.getValue();
            }
            return new CueLexicon(keys, strengths);
        }
    }
}
