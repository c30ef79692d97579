package io.github.verbatim.resolve;

/**
 * Full names, surnames and title + name: "Anthony Blinken", "Blinken", "Secretary Blinken" and
 * "US Secretary of State Anthony Blinken" all resolve to the person of that name; a name never seen
 * before starts a new person.
 */
final class NameSieve implements Sieve {

    @Override
    public String name() {
        return "name";
    }

    @Override
    public Entity resolve(Mention m, ResolutionState state) {
        if (m.kind() != MentionKind.NAME) {
            return null;
        }
        Entity e = state.byName(m.name());
        if (e != null) {
            return e;
        }
        if (m.name().indexOf(' ') < 0) {
            e = state.bySurname(m.name(), m.start());
            if (e != null) {
                return e;
            }
        } else {
            // "Tony Blinken" after "Anthony Blinken": same surname, first names differ only in length
            Entity same = state.bySurname(m.surname(), m.start());
            if (same != null && firstInitial(same.name) == firstInitial(m.name())) {
                return same;
            }
        }
        return state.add(new Entity(m.name(), Entity.Kind.PERSON));
    }

    private static char firstInitial(String name) {
        return name.isEmpty() ? ' ' : Character.toLowerCase(name.charAt(0));
    }
}
