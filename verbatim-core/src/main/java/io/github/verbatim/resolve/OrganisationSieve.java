package io.github.verbatim.resolve;

/** Organisations by name ("the White House", "the State Department"), one entity per name. */
final class OrganisationSieve implements Sieve {

    @Override
    public String name() {
        return "organisation";
    }

    @Override
    public Entity resolve(Mention m, ResolutionState state) {
        if (m.kind() != MentionKind.ORGANISATION) {
            return null;
        }
        Entity e = state.byName(m.name());
        return e != null ? e : state.add(new Entity(m.name(), Entity.Kind.ORGANISATION));
    }
}
