package io.github.verbatim.text;

/**
 * A sentence: a UTF-16 range of the original text and the tokens inside it.
 *
 * @param start      first char of its first token
 * @param end        end of its last token
 * @param firstToken index of its first token in {@link Segmentation#tokens()}
 * @param endToken   index one past its last token
 * @param paragraph  index of the paragraph holding it in {@link Segmentation#paragraphs()}
 */
public record Sentence(int start, int end, int firstToken, int endToken, int paragraph) {
    public Sentence {
        if (start < 0 || end < start || firstToken < 0 || endToken < firstToken || paragraph < 0) {
            throw new IllegalArgumentException("invalid sentence " + start + ".." + end + " tokens "
                    + firstToken + ".." + endToken + " paragraph " + paragraph);
        }
    }

    /** Number of tokens. */
    public int size() {
        return endToken - firstToken;
    }
}
