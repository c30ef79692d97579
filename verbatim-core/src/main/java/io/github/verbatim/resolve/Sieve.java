package io.github.verbatim.resolve;

/**
 * One step of the speaker-resolution cascade: given a source mention and the entities known so far, it
 * either names the entity the mention refers to (adding it to the {@link ResolutionState} when it is new)
 * or passes (returns null) to the next sieve. Sieves hold no state of their own; the resolver records the
 * mention on the entity a sieve returns, and which sieve fired.
 */
interface Sieve {

    /** A short stable name recorded when the sieve fires ("surname", "pronoun"). */
    String name();

    /** The entity {@code mention} refers to, a new entity to add, or null to pass. */
    Entity resolve(Mention mention, ResolutionState state);
}
