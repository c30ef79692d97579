package io.github.verbatim.resolve;

import io.github.verbatim.text.WordSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A role nominal with a new wording ("the head of the US Foreign Office") resolves to the salient person
 * whose role fits: the latest-mentioned person with a role sharing a content word with the nominal, else the
 * latest-mentioned person with any role. A nominal that fits nobody starts a new entity named by it.
 */
final class RoleFitSieve implements Sieve {

    private static final WordSet FUNCTION_WORDS = WordSet.of("the", "a", "an", "of", "for", "and", "in", "on", "at",
            "to", "his", "her", "its", "their", "head", "chief", "top", "leader");

    @Override
    public String name() {
        return "role-fit";
    }

    @Override
    public Entity resolve(Mention m, ResolutionState state) {
        if (m.kind() != MentionKind.ROLE_NOMINAL) {
            return null;
        }
        Set<String> words = new HashSet<>();
        for (String f : m.forms()) {
            if (!FUNCTION_WORDS.contains(f)) {
                words.add(f);
            }
        }
        Entity sharing = state.mostRecent(m.start(), e -> e.kind == Entity.Kind.PERSON && e.roles.stream()
                .anyMatch(r -> shares(r, words)));
        if (sharing != null) {
            return sharing;
        }
        Entity withRole = state.mostRecent(m.start(), e -> e.kind == Entity.Kind.PERSON && !e.roles.isEmpty());
        if (withRole != null) {
            return withRole;
        }
        String name = m.text();
        Entity e = state.byName(name);
        return e != null ? e : state.add(new Entity(name, Entity.Kind.GROUP));
    }

    private static boolean shares(String role, Set<String> words) {
        for (String w : List.of(role.toLowerCase(Locale.ROOT).split(" "))) {
            if (words.contains(w) && !FUNCTION_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
