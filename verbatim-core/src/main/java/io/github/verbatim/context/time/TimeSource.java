package io.github.verbatim.context.time;

/** Where a statement's time came from. */
public enum TimeSource {
    /** A time expression inside the statement or its own sentence. */
    STATEMENT,
    /** The time stated for the speech event the statement belongs to ("speaks ... on Wednesday"). */
    SPEECH,
    /** No expression: the article's publication date, as a fallback. */
    ARTICLE
}
