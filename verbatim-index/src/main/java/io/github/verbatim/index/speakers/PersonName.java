package io.github.verbatim.index.speakers;

import io.github.verbatim.index.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A person's name split into given name, middle names and surname, in comparison form ({@link Words#fold}),
 * with honorifics ("Mr", "Sen.") dropped and generational suffixes ("Jr.", "III") kept apart.
 *
 * @param given   first given name or initial; empty when only a surname is known
 * @param middles middle names or initials (an initial is a single letter)
 * @param surname last name
 * @param suffix  generational suffix ("jr", "iii"), or empty
 */
public record PersonName(String given, List<String> middles, String surname, String suffix) {

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord",
            "lady", "prof", "rev", "sen", "rep", "gov", "gen", "president", "senator", "governor", "baroness");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    public PersonName {
        middles = List.copyOf(middles);
    }

    /**
     * Parses {@code name}, or returns null when it does not look like a person's name: empty, longer than
     * five words, or with a word starting in lower case (a description such as "the secretary of state").
     */
    public static PersonName parse(String name) {
        List<Words.Word> words = Words.of(name);
        if (words.isEmpty() || words.size() > 5) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        String suffix = "";
        for (int i = 0; i < words.size(); i++) {
            Words.Word w = words.get(i);
            if (!Character.isUpperCase(w.surface().codePointAt(0))) {
                return null;
            }
            String n = w.norm();
            if (parts.isEmpty() && HONORIFICS.contains(n) && i + 1 < words.size()) {
                continue;
            }
            if (i > 0 && i == words.size() - 1 && SUFFIXES.contains(n)) {
                suffix = n;
                continue;
            }
            parts.add(n);
        }
        if (parts.isEmpty()) {
            return null;
        }
        String surname = parts.get(parts.size() - 1);
        if (parts.size() == 1) {
            return new PersonName("", List.of(), surname, suffix);
        }
        List<String> givens = new ArrayList<>();
        // "H.W." folds to two initials
        for (String p : parts.subList(0, parts.size() - 1)) {
            givens.add(p);
        }
        return new PersonName(givens.get(0), givens.subList(1, givens.size()), surname, suffix);
    }

    /** True when only a surname is known. */
    public boolean surnameOnly() {
        return given.isEmpty();
    }

    /** The comparison key: all parts joined by spaces. */
    public String key() {
        StringBuilder sb = new StringBuilder(given);
        for (String m : middles) {
            sb.append(' ').append(m);
        }
        sb.append(sb.length() > 0 ? " " : "").append(surname);
        if (!suffix.isEmpty()) {
            sb.append(' ').append(suffix);
        }
        return sb.toString();
    }
}
