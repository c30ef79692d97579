package io.github.verbatim.extract;

/**
 * A cue found in a document: tokens {@code [firstToken, endToken)} match {@code entry}.
 */
public record CueMatch(int firstToken, int endToken, CueEntry entry) {
    /** The matched phrase, tokens joined by spaces. */
    public String form() {
        return entry.phrase();
    }

    public CueMatch {
        if (firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("invalid cue token range " + firstToken + ".." + endToken);
        }
    }
}
