package io.github.verbatim.index.store;

/** What {@link StoreWriter#add} did with one result. */
public enum AddOutcome {
    /** The article was new and is now stored (durable at the next commit). */
    ADDED,
    /** An article with the same key was already stored; nothing changed. */
    ALREADY_STORED
}
