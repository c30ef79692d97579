package io.github.verbatim.text;

/** Coarse class of a token, decided from its characters alone. */
public enum TokenType {
    /** Letters, possibly with inner apostrophes, hyphens or periods ("don't", "well-known", "U.S."). */
    WORD,
    /** Digits, possibly with inner separators ("1,200", "3.5", "2016"). */
    NUMBER,
    /** A quotation mark: any of " “ ” „ ‟ « » ‹ › 「 」 『 』 and ' ‘ ’ ‚ when not an apostrophe. */
    QUOTE,
    /** Any other single non-space character. */
    PUNCT
}
