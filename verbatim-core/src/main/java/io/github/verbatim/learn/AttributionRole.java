package io.github.verbatim.learn;

/** The three parts of an attribution that the tagger marks in text: who, the reporting words, and what. */
public enum AttributionRole {
    /** The mention of who is speaking ("the secretary of state", "he"). */
    SOURCE,
    /** The words that report speech ("said", "according to"). */
    CUE,
    /** What was said. */
    CONTENT
}
