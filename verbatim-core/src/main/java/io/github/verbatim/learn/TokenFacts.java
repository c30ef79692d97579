package io.github.verbatim.learn;

/**
 * What a {@link TokenTemplate} may read about one token: its chars (a range of the article text), its token
 * type, and the hashes and cue strength computed from those chars. A reusable cursor, so that evaluating
 * templates allocates nothing: {@link #set} points it at a token. The {@link #boundary()} facts stand for a
 * position outside the tagged sequence. Not thread-safe; each extraction owns its own cursor.
 */
final class TokenFacts {

    /** The lower-case and shape hash of a position outside the sequence. */
    static final long BOUNDARY_HASH = 0x1b873593L;
    /** The cue strength of a position outside the sequence (real strengths are 0..3). */
    static final int BOUNDARY_STRENGTH = 7;

    private CharSequence text = "";
    private int start;
    private int end;
    private int type = -1;
    private long lower = BOUNDARY_HASH;
    private long shape = BOUNDARY_HASH;
    private int lexStrength = BOUNDARY_STRENGTH;

    /** Facts of a position outside the sequence: no chars, type -1, boundary hashes and strength. */
    static TokenFacts boundary() {
        return new TokenFacts();
    }

    /** Points this cursor at the token {@code text[start, end)}. */
    TokenFacts set(CharSequence text, int start, int end, int type, long lower, long shape, int lexStrength) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.type = type;
        this.lower = lower;
        this.shape = shape;
        this.lexStrength = lexStrength;
        return this;
    }

    /** The article text the token's range points into. */
    CharSequence text() {
        return text;
    }

    /** First char of the token, inclusive. */
    int start() {
        return start;
    }

    /** Last char of the token, exclusive. */
    int end() {
        return end;
    }

    /** Length in chars; 0 outside the sequence. */
    int length() {
        return end - start;
    }

    /** Ordinal of the token's {@link io.github.verbatim.text.TokenType}; -1 outside the sequence. */
    int type() {
        return type;
    }

    /** {@link FeatureHash#lower} of the token's chars. */
    long lower() {
        return lower;
    }

    /** {@link FeatureHash#shape} of the token's chars (case-sensitive). */
    long shape() {
        return shape;
    }

    /** {@link CueLexicon#strength} of {@link #lower()} in the extractor's lexicon. */
    int lexStrength() {
        return lexStrength;
    }
}
