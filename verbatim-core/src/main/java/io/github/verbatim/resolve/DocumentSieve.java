package io.github.verbatim.resolve;

/**
 * A document or utterance as source ("the statement said") stands for whoever issued it: the speaker of
 * the latest statement before it when there is one ("In his statement, Blinken …; … the statement said"),
 * else an entity of its own named by the mention.
 */
final class DocumentSieve implements Sieve {

    @Override
    public String name() {
        return "document";
    }

    @Override
    public Entity resolve(Mention m, ResolutionState state) {
        if (m.kind() != MentionKind.DOCUMENT) {
            return null;
        }
        if (state.lastSpeaker != null && state.lastSpeaker.kind == Entity.Kind.PERSON) {
            return state.lastSpeaker;
        }
        Entity e = state.byName(m.text());
        return e != null ? e : state.add(new Entity(m.text(), Entity.Kind.DOCUMENT));
    }
}
