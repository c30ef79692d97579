package io.github.verbatim.resolve;

/**
 * Pronouns resolve to the nearest compatible salient entity before them: "he"/"she"/"I" to the latest
 * mentioned person, "they"/"we"/"it" to the latest organisation, group or document that spoke, else the
 * latest person. Passes when nothing compatible precedes.
 */
final class PronounSieve implements Sieve {

    @Override
    public String name() {
        return "pronoun";
    }

    @Override
    public Entity resolve(Mention m, ResolutionState state) {
        if (m.kind() != MentionKind.PRONOUN) {
            return null;
        }
        String p = m.forms().get(0);
        if (MentionClassifier.PERSONAL_PRONOUNS.contains(p)) {
            return state.mostRecent(m.start(), e -> e.kind == Entity.Kind.PERSON);
        }
        if (p.equals("we") || p.equals("i") || p.equals("you")) {
            return state.mostRecent(m.start(), e -> e.attributions > 0);
        }
        Entity group = state.mostRecent(m.start(), e -> e.kind != Entity.Kind.PERSON && e.attributions > 0);
        return group;
    }
}
