package io.github.verbatim.context.gazetteer;

/**
 * A gazetteer name found in a token sequence.
 *
 * @param firstToken index of its first token
 * @param endToken   index one past its last token
 * @param entry      what was found
 */
public record GazetteerMatch(int firstToken, int endToken, GazetteerEntry entry) {
    public GazetteerMatch {
        if (firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("invalid match tokens " + firstToken + ".." + endToken);
        }
    }
}
