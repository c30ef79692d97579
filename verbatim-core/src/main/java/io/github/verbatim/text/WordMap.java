package io.github.verbatim.text;

import java.util.Map;
import java.util.Objects;

/**
 * A fixed map from words to values for the per-token look-ups of the rules: {@link #get} answers exactly as
 * {@link Map#get} on the map it was made from. Open addressing over a power-of-two table of each key's
 * {@link String#hashCode} (0 marks a free slot, so a key whose hash is 0 is filed under 1), so a probe reads only
 * that int array until a hash agrees: a word that is not a key is turned away without reading a key string or
 * a key slot, and no probe divides (the JDK's immutable maps reduce the hash modulo the table length and compare
 * key strings on every probe). A key and its value sit side by side, read only when the hashes agree.
 *
 * <p>Immutable and thread-safe when its values are.
 *
 * @param <V> the value type
 */
public final class WordMap<V> {

    /** Each slot's key hash ({@link #tag}), 0 when the slot is free. */
    private final int[] hashes;
    /** Slot {@code i}'s key at {@code 2 i}, its value at {@code 2 i + 1}. */
    private final Object[] entries;
    private final int shift;
    private final int size;

    private WordMap(Map<String, ? extends V> map) {
        int capacity = Integer.highestOneBit(Math.max(4, map.size() * 4 - 1)); // load factor at most 0.5
        hashes = new int[capacity];
        entries = new Object[2 * capacity];
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
        int mask = capacity - 1;
        for (Map.Entry<String, ? extends V> e : map.entrySet()) {
            String k = Objects.requireNonNull(e.getKey(), "key");
            int h = k.hashCode();
            int i = home(h);
            while (hashes[i] != 0) {
                i = (i + 1) & mask;
            }
            hashes[i] = tag(h);
            entries[2 * i] = k;
            entries[2 * i + 1] = Objects.requireNonNull(e.getValue(), "value");
        }
        size = map.size();
    }

    /** A map with the entries of {@code map} (no null keys or values). */
    public static <V> WordMap<V> copyOf(Map<String, ? extends V> map) {
        return new WordMap<>(map);
    }

    private int home(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    /** What a slot keeps of hash {@code h}: {@code h} itself, except 1 for 0 (which marks a free slot). */
    private static int tag(int h) {
        return h != 0 ? h : 1;
    }

    /** The value of {@code word}, or null when it is not a key (or is null). */
    @SuppressWarnings("unchecked")
    public V get(String word) {
        if (word == null) {
            return null;
        }
        int h = word.hashCode();
        int t = tag(h);
        int mask = hashes.length - 1;
        int i = home(h);
        int s;
        while ((s = hashes[i]) != 0) {
            if (s == t && word.equals(entries[2 * i])) {
                return (V) entries[2 * i + 1];
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    /** Whether {@code word} is a key. */
    public boolean containsKey(String word) {
        return get(word) != null;
    }

    /** Number of keys. */
    public int size() {
        return size;
    }
}
