package io.github.verbatim.index.speakers;

import io.github.verbatim.index.text.Words;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The comparison form of a role: its significant words, abbreviations expanded ("Sen." = "senator"),
 * with words that do not change who holds it dropped ("the", "US", "former"). Two roles match when one's
 * words contain the other's and both carry the same qualifiers ("deputy", "vice", ...), so "Secretary" matches
 * "US Secretary of State" but "Deputy Secretary of State" does not.
 *
 * @param words      significant words other than qualifiers, sorted
 * @param qualifiers qualifier words, sorted
 */
public record RoleKey(Set<String> words, Set<String> qualifiers) {

    private static final Set<String> IGNORED = Set.of("the", "of", "a", "an", "us", "u", "s", "uk", "former",
            "then", "current", "now", "and", "for", "democratic", "republican", "gop", "labour", "tory",
            "conservative", "presidential", "new");
    private static final Set<String> QUALIFIERS = Set.of("vice", "deputy", "assistant", "under", "first", "lady",
            "acting", "associate", "shadow");
    private static final Map<String, String> EXPANSIONS = Map.of("sen", "senator", "gov", "governor", "rep",
            "representative", "gen", "general", "pres", "president", "sec", "secretary", "amb", "ambassador");

    public RoleKey {
        words = Set.copyOf(words);
        qualifiers = Set.copyOf(qualifiers);
    }

    /** The key of {@code role}; its {@code words} may be empty when the role is only filler. */
    public static RoleKey of(String role) {
        TreeSet<String> words = new TreeSet<>();
        TreeSet<String> qualifiers = new TreeSet<>();
        for (String w : Words.norms(role)) {
            String n = EXPANSIONS.getOrDefault(w, w);
            if (IGNORED.contains(n)) {
                continue;
            }
            (QUALIFIERS.contains(n) ? qualifiers : words).add(n);
        }
        return new RoleKey(words, qualifiers);
    }

    /** True when both name the same office (see the type's contract). */
    public boolean matches(RoleKey other) {
        if (words.isEmpty() || other.words.isEmpty() || !qualifiers.equals(other.qualifiers)) {
            return false;
        }
        return words.containsAll(other.words) || other.words.containsAll(words);
    }
}
