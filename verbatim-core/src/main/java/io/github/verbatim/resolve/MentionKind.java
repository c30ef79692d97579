package io.github.verbatim.resolve;

/** What a source mention looks like, which decides the sieves that may resolve it. */
public enum MentionKind {
    /** A personal pronoun ("he", "they"). */
    PRONOUN,
    /** A capitalised name, possibly with a title or role ("US Secretary of State Anthony Blinken", "Blinken"). */
    NAME,
    /** An organisation's name ("the White House", "the State Department"). */
    ORGANISATION,
    /** A document or utterance standing for its author ("the statement", "the report"). */
    DOCUMENT,
    /** A definite description by role ("the secretary of state", "the head of the US Foreign Office"). */
    ROLE_NOMINAL,
    /** Anything else ("officials", "critics", "a source"). */
    OTHER
}
