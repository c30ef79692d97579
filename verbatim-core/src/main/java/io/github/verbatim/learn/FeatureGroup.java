package io.github.verbatim.learn;

/** Groups of feature templates that can be switched on and off together, for ablation. */
public enum FeatureGroup {
    /** The token and its neighbours (two each side), lower-cased, and word bigrams. */
    WORDS,
    /** Two- and three-letter suffixes and a three-letter prefix. */
    AFFIXES,
    /** Word shapes of the token and its neighbours, and the token type. */
    SHAPES,
    /** Membership in the learned cue lexicon of the token, its neighbours and the nearest cue in the sentence. */
    LEXICON,
    /** Quotation-mark state: inside quotes, distance to the last mark, direction of the next one. */
    QUOTES,
    /** The nearest punctuation before and after the token in its sentence. */
    PUNCTUATION,
    /** Position of the token in its sentence and of the sentence in its paragraph and article. */
    POSITION,
    /**
     * Tags a first-pass model predicted (stacking): of the token and its neighbours, the nearest predicted cue
     * and source in the sentence, and which roles the sentence and paragraph hold. Lets the second pass see
     * the structure of the whole sentence instead of a five-token window.
     */
    STACKED,
    /**
     * Cheap part-of-speech-like word classes ({@link WordClasses}: closed-class words, titles, time words,
     * speech-event nouns, otherwise capitalised / lower-case / possessive / number / the punctuation char):
     * class n-grams around the token, and the token's class with the distance to the next cue word of the
     * sentence and the commas on the way. Helps to find where a source or cue phrase starts and ends.
     */
    CLASSES
}
