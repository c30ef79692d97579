package io.github.verbatim.resolve;

/**
 * One step of the speaker-resolution cascade: given a source mention and the entities known so far, it
 * either names the entity the mention refers to or passes (returns null) to the next sieve. Sieves are
 * stateless; the {@link ResolutionState} is the only thing they read and the resolver the only thing that
 * changes it.
 */
interface Sieve {

    /** A short stable name recorded when the sieve fires ("surname", "pronoun"). */
    String name();

    /** The entity {@code mention} refers to, a new entity to add, or null to pass. */
    Entity resolve(Mention mention, ResolutionState state);
}
