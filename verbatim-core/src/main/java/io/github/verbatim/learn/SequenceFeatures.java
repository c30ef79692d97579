package io.github.verbatim.learn;

/**
 * The hashed features of one tagging sequence (a paragraph): token {@code i} of the sequence has the weight
 * rows {@code rows[offsets[i] .. offsets[i + 1])}. Arrays are owned by this record; do not modify them.
 *
 * @param firstToken index of the sequence's first token in its {@code Segmentation}
 * @param length     number of tokens
 * @param offsets    {@code length + 1} ascending start positions into {@code rows}
 * @param rows       feature rows, each in {@code [0, 2^hashBits)}
 */
public record SequenceFeatures(int firstToken, int length, int[] offsets, int[] rows) {
    public SequenceFeatures {
        if (firstToken < 0 || length < 0 || offsets.length != length + 1 || offsets[length] > rows.length) {
            throw new IllegalArgumentException("inconsistent sequence features: first " + firstToken
                    + ", length " + length + ", offsets " + offsets.length + ", rows " + rows.length);
        }
    }
}
