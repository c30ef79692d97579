package io.github.verbatim.text;

import java.util.Map;
import java.util.Objects;

/**
 * A fixed map from words to values for the per-token look-ups of the rules: {@link #get} answers exactly as
 * {@link Map#get} on the map it was made from. Open addressing over a power-of-two table that keeps each
 * key's {@link String#hashCode} beside it, so a word that is not a key is mostly turned away by comparing ints,
 * without reading a key string, and no probe divides (the JDK's immutable maps reduce the hash modulo the
 * table length and compare key strings on every probe).
 *
 * <p>Immutable and thread-safe when its values are.
 *
 * @param <V> the value type
 */
public final class WordMap<V> {

    private final String[] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int shift;
    private final int size;

    private WordMap(Map<String, ? extends V> map) {
        int capacity = Integer.highestOneBit(Math.max(4, map.size() * 4 - 1)); // load factor at most 0.5
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
        int mask = capacity - 1;
        for (Map.Entry<String, ? extends V> e : map.entrySet()) {
            String k = Objects.requireNonNull(e.getKey(), "key");
            int h = k.hashCode();
            int i = home(h);
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = k;
            hashes[i] = h;
            values[i] = Objects.requireNonNull(e.getValue(), "value");
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

    /** The value of {@code word}, or null when it is not a key (or is null). */
    @SuppressWarnings("unchecked")
    public V get(String word) {
        if (word == null) {
            return null;
        }
        int h = word.hashCode();
        int mask = keys.length - 1;
        int i = home(h);
        String k;
        while ((k = keys[i]) != null) {
            if (hashes[i] == h && k.equals(word)) {
                return (V) values[i];
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
