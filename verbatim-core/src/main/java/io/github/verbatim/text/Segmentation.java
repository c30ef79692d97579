package io.github.verbatim.text;

import java.util.List;
import java.util.Objects;

/**
 * An article's text split into paragraphs, sentences and tokens, all as UTF-16 ranges of the unchanged
 * original text. Produced by {@link Segmenter}; immutable.
 *
 * <p>Invariants: tokens are in text order and do not overlap; every token belongs to exactly one sentence
 * and every sentence to exactly one paragraph; sentences and paragraphs tile the token sequence in order.
 *
 * <p>A value class with the accessors, equality and string form a record of its four components would have.
 * It also keeps each token's end and sentence in int arrays, built once, so that {@link #tokenAtOrAfter}
 * searches ints instead of token objects and {@link #sentenceOfToken} is a look-up (the rules, the context
 * annotator and the arbiter ask both per statement and per span).
 */
public final class Segmentation {

    private final String text;
    private final List<Paragraph> paragraphs;
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    /** The end of every token, in token order. */
    private final int[] tokenEnds;
    /** The sentence of every token, as {@link #sentenceOfToken} answers it. */
    private final int[] sentenceOf;

    public Segmentation(String text, List<Paragraph> paragraphs, List<Sentence> sentences, List<Token> tokens) {
        this.text = Objects.requireNonNull(text, "text");
        this.paragraphs = List.copyOf(paragraphs);
        this.sentences = List.copyOf(sentences);
        this.tokens = List.copyOf(tokens);
        int n = this.tokens.size();
        tokenEnds = new int[n];
        sentenceOf = new int[n];
        int s = 0;
        int count = this.sentences.size();
        for (int t = 0; t < n; t++) {
            tokenEnds[t] = this.tokens.get(t).end();
            // the last sentence starting at or before t (sentence starts never decrease), as the search below
            while (s + 1 < count && this.sentences.get(s + 1).firstToken() <= t) {
                s++;
            }
            sentenceOf[t] = s;
        }
    }

    /** The whole text. */
    public String text() {
        return text;
    }

    /** The paragraphs, in text order. */
    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** The sentences, in text order. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** The tokens, in text order. */
    public List<Token> tokens() {
        return tokens;
    }

    /** The text a token covers. */
    public String text(Token token) {
        return text.substring(token.start(), token.end());
    }

    /** The text of token {@code i}. */
    public String tokenText(int i) {
        return text(tokens.get(i));
    }

    /**
     * Index of the first token whose end is after {@code charOffset}: the token holding the offset, or the
     * next one. Returns {@code tokens().size()} when none.
     */
    public int tokenAtOrAfter(int charOffset) {
        int[] ends = tokenEnds;
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= charOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Index of the sentence holding token {@code tokenIndex}: the last sentence starting at or before it (0
     * when none does, or when there are no sentences).
     */
    public int sentenceOfToken(int tokenIndex) {
        if (tokenIndex >= 0 && tokenIndex < sentenceOf.length) {
            return sentenceOf[tokenIndex];
        }
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).firstToken() <= tokenIndex) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Segmentation other && text.equals(other.text) && paragraphs.equals(other.paragraphs)
                && sentences.equals(other.sentences) && tokens.equals(other.tokens);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, paragraphs, sentences, tokens);
    }

    @Override
    public String toString() {
        return "Segmentation[text=" + text + ", paragraphs=" + paragraphs + ", sentences=" + sentences
                + ", tokens=" + tokens + "]";
    }
}
