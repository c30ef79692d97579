package io.github.verbatim.text;

/**
 * A paragraph: a UTF-16 range of the original text, trimmed of surrounding white space, and its sentences.
 *
 * @param start         first non-space char
 * @param end           end of its last non-space char
 * @param firstSentence index of its first sentence in {@link Segmentation#sentences()}
 * @param endSentence   index one past its last sentence
 */
public record Paragraph(int start, int end, int firstSentence, int endSentence) {
    public Paragraph {
        if (start < 0 || end < start || firstSentence < 0 || endSentence < firstSentence) {
            throw new IllegalArgumentException("invalid paragraph " + start + ".." + end);
        }
    }
}
