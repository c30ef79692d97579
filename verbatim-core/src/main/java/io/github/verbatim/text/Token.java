package io.github.verbatim.text;

/**
 * One token of an article, as a half-open UTF-16 range {@code [start, end)} of the original text.
 *
 * @param start first char, inclusive
 * @param end   last char, exclusive, {@code > start}
 * @param type  coarse character class
 */
public record Token(int start, int end, TokenType type) {
    public Token {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid token [" + start + ", " + end + ")");
        }
    }
}
