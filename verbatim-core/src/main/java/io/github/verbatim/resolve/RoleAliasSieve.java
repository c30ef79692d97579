package io.github.verbatim.resolve;

import java.util.List;
import java.util.Locale;

/**
 * A role nominal that repeats a role given in apposition: "the secretary of state" after "US Secretary of
 * State Anthony Blinken" resolves to Blinken. Matches when the nominal's words, without determiner and
 * nationality, end the role's words.
 */
final class RoleAliasSieve implements Sieve {

    @Override
    public String name() {
        return "role-alias";
    }

    @Override
    public Entity resolve(Mention m, ResolutionState state) {
        if (m.kind() != MentionKind.ROLE_NOMINAL) {
            return null;
        }
        String core = String.join(" ", MentionClassifier.roleCore(m.forms()));
        if (core.isEmpty()) {
            return null;
        }
        return state.mostRecent(m.start(), e -> e.kind == Entity.Kind.PERSON && e.roles.stream()
                .anyMatch(r -> matches(r, core)));
    }

    private static boolean matches(String role, String core) {
        List<String> words = List.of(role.toLowerCase(Locale.ROOT).split(" "));
        String roleCore = String.join(" ", MentionClassifier.roleCore(words));
        return roleCore.equals(core) || roleCore.endsWith(" " + core) || (" " + roleCore + " ").contains(" " + core + " ");
    }
}
