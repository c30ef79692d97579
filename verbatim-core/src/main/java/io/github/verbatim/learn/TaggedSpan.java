package io.github.verbatim.learn;

import java.util.Objects;

/**
 * A run of tokens the tagger marked with one role, as token indices and UTF-16 offsets of the segmented text.
 *
 * @param role       what the span is
 * @param firstToken index of its first token
 * @param endToken   index one past its last token
 * @param start      UTF-16 start of its first token
 * @param end        UTF-16 end of its last token
 */
public record TaggedSpan(AttributionRole role, int firstToken, int endToken, int start, int end) {
    public TaggedSpan {
        Objects.requireNonNull(role, "role");
        if (firstToken < 0 || endToken <= firstToken || start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid tagged span " + role + " tokens " + firstToken + ".."
                    + endToken + " chars " + start + ".." + end);
        }
    }
}
