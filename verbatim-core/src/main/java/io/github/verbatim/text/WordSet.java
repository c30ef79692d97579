package io.github.verbatim.text;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A fixed set of words for the per-token membership tests of the rules: {@link #contains} answers exactly as
 * {@link java.util.Set#contains} on the same words, faster than the JDK's immutable sets (see {@link WordMap}).
 * Matching is exact: callers lower-case or normalise the word first, as they did for the set it replaces.
 *
 * <p>Immutable and thread-safe.
 */
public final class WordSet {

    private final WordMap<Boolean> words;

    private WordSet(Collection<String> words) {
        Map<String, Boolean> map = new LinkedHashMap<>();
        for (String w : words) {
            map.put(Objects.requireNonNull(w, "word"), Boolean.TRUE);
        }
        this.words = WordMap.copyOf(map);
    }

    /** The set of {@code words} (duplicates allowed, no nulls). */
    public static WordSet of(String... words) {
        return new WordSet(java.util.Arrays.asList(words));
    }

    /** The set of the words of {@code words} (no nulls). */
    public static WordSet copyOf(Collection<String> words) {
        return new WordSet(words);
    }

    /** Whether {@code word} is one of the words (false for null). */
    public boolean contains(String word) {
        return words.get(word) != null;
    }

    /** Number of distinct words. */
    public int size() {
        return words.size();
    }
}
