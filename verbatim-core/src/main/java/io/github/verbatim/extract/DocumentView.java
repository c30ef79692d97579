package io.github.verbatim.extract;

import io.github.verbatim.clean.ResidueSpan;
import io.github.verbatim.extract.quote.Quote;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Sentence;
import io.github.verbatim.text.Token;
import io.github.verbatim.text.TokenType;
import java.util.Arrays;
import java.util.List;

/**
 * One document as the extraction rules see it: its tokens and their normalised forms, which quotation (if
 * any) and which residue each token lies in, and each token's sentence. Built once per document in linear
 * time; read-only afterwards.
 */
final class DocumentView {

    final Segmentation seg;
    final String text;
    final List<Token> tokens;
    final TokenText forms;
    final List<Quote> quotes;
    /** Index into {@link #quotes} of the quotation holding each token, or -1. */
    final int[] quoteOf;
    /** Whether each token lies in residue. */
    final boolean[] residue;
    /** Sentence index of each token. */
    final int[] sentenceOf;

    DocumentView(Segmentation seg, TokenText forms, List<Quote> quotes, List<ResidueSpan> residueSpans) {
        this.seg = seg;
        this.text = seg.text();
        this.tokens = seg.tokens();
        this.forms = forms;
        this.quotes = quotes;
        int n = tokens.size();
        quoteOf = new int[n];
        Arrays.fill(quoteOf, -1);
        int q = 0;
        for (int t = 0; t < n; t++) {
            Token tok = tokens.get(t);
            while (q < quotes.size() && quotes.get(q).end() <= tok.start()) {
                q++;
            }
            if (q < quotes.size() && quotes.get(q).start() <= tok.start()) {
                quoteOf[t] = q;
            }
        }
        residue = new boolean[n];
        int r = 0;
        for (int t = 0; t < n; t++) {
            Token tok = tokens.get(t);
            while (r < residueSpans.size() && residueSpans.get(r).end() <= tok.start()) {
                r++;
            }
            residue[t] = r < residueSpans.size() && residueSpans.get(r).start() < tok.end();
        }
        sentenceOf = new int[n];
        List<Sentence> sentences = seg.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                sentenceOf[t] = s;
            }
        }
    }

    int size() {
        return tokens.size();
    }

    String form(int t) {
        return forms.get(t);
    }

    TokenType type(int t) {
        return tokens.get(t).type();
    }

    boolean isWord(int t) {
        return t >= 0 && t < tokens.size() && tokens.get(t).type() != TokenType.PUNCT
                && tokens.get(t).type() != TokenType.QUOTE;
    }

    boolean isPunct(int t, char c) {
        return t >= 0 && t < tokens.size() && tokens.get(t).type() == TokenType.PUNCT && text.charAt(tokens.get(t).start()) == c;
    }

    boolean isQuoteMark(int t) {
        return t >= 0 && t < tokens.size() && tokens.get(t).type() == TokenType.QUOTE;
    }

    /** A sentence-ending mark: '.', '!', '?', '…'. */
    boolean isTerminal(int t) {
        return isPunct(t, '.') || isPunct(t, '!') || isPunct(t, '?') || isPunct(t, '…');
    }

    boolean capitalised(int t) {
        return Character.isUpperCase(text.charAt(tokens.get(t).start()));
    }

    int paragraphOf(int t) {
        return seg.sentences().get(sentenceOf[t]).paragraph();
    }

    Sentence sentence(int t) {
        return seg.sentences().get(sentenceOf[t]);
    }

    /** First token index of quotation {@code q}. */
    int firstToken(Quote q) {
        return seg.tokenAtOrAfter(q.start());
    }

    /** Index one past the last token of quotation {@code q}. */
    int endToken(Quote q) {
        return seg.tokenAtOrAfter(q.end());
    }

    CharRange range(int firstToken, int endToken) {
        return new CharRange(tokens.get(firstToken).start(), tokens.get(endToken - 1).end());
    }
}
