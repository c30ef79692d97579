package io.github.verbatim.text;

import java.util.List;
import java.util.Objects;

/**
 * An article's text split into paragraphs, sentences and tokens, all as UTF-16 ranges of the unchanged
 * original text. Produced by {@link Segmenter}; immutable.
 *
 * <p>Invariants: tokens are in text order and do not overlap; every token belongs to exactly one sentence
 * and every sentence to exactly one paragraph; sentences and paragraphs tile the token sequence in order.
 */
public record Segmentation(String text, List<Paragraph> paragraphs, List<Sentence> sentences, List<Token> tokens) {

    public Segmentation {
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
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
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= charOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the sentence holding token {@code tokenIndex}. */
    public int sentenceOfToken(int tokenIndex) {
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
}
