package io.github.verbatim.resolve;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A speaker entity while one document is being resolved: its name, kind, aliases, roles and the start of
 * every mention that refers to it. Mutable, confined to one resolution run.
 */
final class Entity {

    /** Broad kind, for pronoun compatibility. */
    enum Kind { PERSON, ORGANISATION, DOCUMENT, GROUP }

    String name;
    final Kind kind;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    final TreeSet<Integer> mentions = new TreeSet<>();
    int attributions;
    int firstAttribution = Integer.MAX_VALUE;

    Entity(String name, Kind kind) {
        this.name = name;
        this.kind = kind;
    }

    String surname() {
        int space = name.lastIndexOf(' ');
        return (space < 0 ? name : name.substring(space + 1)).toLowerCase(Locale.ROOT);
    }

    /** Start of the latest mention before {@code offset}, or -1. */
    int lastMentionBefore(int offset) {
        Integer m = mentions.lower(offset);
        return m == null ? -1 : m;
    }

    void alias(String surface) {
        String s = surface.strip();
        if (!s.isEmpty() && !s.equalsIgnoreCase(name)) {
            for (String a : aliases) {
                if (a.equalsIgnoreCase(s)) {
                    return;
                }
            }
            aliases.add(s);
        }
    }
}
