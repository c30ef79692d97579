package io.github.verbatim.resolve;

/**
 * The last sieve: any other source phrase ("officials", "critics", "a source close to the campaign")
 * becomes an entity named by its text, shared by later identical phrases.
 */
final class DescriptionSieve implements Sieve {

    @Override
    public String name() {
        return "description";
    }

    @Override
    public Entity resolve(Mention m, ResolutionState state) {
        if (m.kind() == MentionKind.PRONOUN) {
            return null;
        }
        Entity e = state.byName(m.text());
        return e != null ? e : state.add(new Entity(m.text(), Entity.Kind.GROUP));
    }
}
