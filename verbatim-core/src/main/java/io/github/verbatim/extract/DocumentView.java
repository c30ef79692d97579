package io.github.verbatim.extract;

import io.github.verbatim.clean.ResidueSpan;
import io.github.verbatim.extract.quote.Quote;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Sentence;
import io.github.verbatim.text.Token;
import io.github.verbatim.text.TokenType;
import io.github.verbatim.text.WordSet;
import java.util.Arrays;
import java.util.List;

/**
 * One document as the extraction rules see it: its tokens and their normalised forms, which quotation (if
 * any) and which residue each token lies in, and each token's sentence. Built once per document in linear
 * time; read-only afterwards (its cue look-ups are remembered on first use, the same whoever asks first).
 *
 * <p>{@link #of} hands the rules and the later stages of one document the same view: each thread keeps the
 * last view it built and returns it while the inputs are the same objects (the residue spans equal).
 */
final class DocumentView {

    /** Each thread's last view, reused for the same document's later readers. */
    private static final ThreadLocal<DocumentView> LAST = new ThreadLocal<>();

    private static final WordSet TITLES = WordSet.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov",
            "gen", "lt", "col", "sgt", "capt", "adm", "st", "jr", "sr", "prof", "rev", "hon", "pres", "supt", "det",
            "atty", "amb", "maj", "cpl", "gens", "reps", "sens");

    final Segmentation seg;
    final String text;
    final List<Token> tokens;
    final TokenText forms;
    final List<Quote> quotes;
    /** Index into {@link #quotes} of the quotation holding each token, or -1. */
    final int[] quoteOf;
    /** Whether each token lies in residue. */
    final boolean[] residue;
    /** Whether each token is the period of a title or initial ("Mr.", "G."), part of a name. */
    final boolean[] abbreviationPeriod;
    private final CueLexicon cues;
    /** The longest cue (lexicon threshold) starting at each token, or null, once {@link #cueLooked} says so. */
    private final CueMatch[] cueAt;
    private final boolean[] cueLooked;
    /** Sentence index of each token. */
    final int[] sentenceOf;

    /** The inputs this view was built from, to tell whether {@link #of} may hand it out again. */
    private final List<ResidueSpan> residueSpans;

    /**
     * The view of a document: this thread's last view when it was built from the same segmentation, forms,
     * quotation list and lexicon (the same objects) and equal residue spans, else a new one.
     */
    static DocumentView of(Segmentation seg, TokenText forms, List<Quote> quotes, List<ResidueSpan> residueSpans,
            CueLexicon cues) {
        DocumentView last = LAST.get();
        if (last != null && last.seg == seg && last.forms == forms && last.quotes == quotes && last.cues == cues
                && last.residueSpans.equals(residueSpans)) {
            return last;
        }
        DocumentView view = new DocumentView(seg, forms, quotes, residueSpans, cues);
        LAST.set(view);
        return view;
    }

    DocumentView(Segmentation seg, TokenText forms, List<Quote> quotes, List<ResidueSpan> residueSpans,
            CueLexicon cues) {
        this.residueSpans = List.copyOf(residueSpans);
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
        abbreviationPeriod = new boolean[n];
        for (int t = 1; t + 1 < n; t++) {
            Token tok = tokens.get(t);
            Token prev = tokens.get(t - 1);
            if (tok.type() == TokenType.PUNCT && text.charAt(tok.start()) == '.' && prev.end() == tok.start()
                    && prev.type() == TokenType.WORD && Character.isUpperCase(text.charAt(tokens.get(t + 1).start()))) {
                String p = forms.get(t - 1);
                if (TITLES.contains(p) || p.length() == 1 && Character.isUpperCase(text.charAt(prev.start()))) {
                    abbreviationPeriod[t] = true;
                }
            }
        }
        this.cues = cues;
        cueAt = new CueMatch[n];
        cueLooked = new boolean[n];
        sentenceOf = new int[n];
        List<Sentence> sentences = seg.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                sentenceOf[t] = s;
            }
        }
    }

    /**
     * The longest cue (lexicon threshold) starting at word token {@code t}, or null; looked up on first use
     * and remembered, so a reader that asks about a few tokens does not pay for the whole document.
     */
    CueMatch cueAt(int t) {
        if (!cueLooked[t]) {
            cueLooked[t] = true;
            cueAt[t] = tokens.get(t).type() == TokenType.WORD ? cues.match(forms, t) : null;
        }
        return cueAt[t];
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
        if (t < 0 || t >= tokens.size()) {
            return false;
        }
        TokenType type = tokens.get(t).type();
        return type == TokenType.WORD || type == TokenType.NUMBER || abbreviationPeriod[t];
    }

    boolean isPunct(int t, char c) {
        return t >= 0 && t < tokens.size() && tokens.get(t).type() == TokenType.PUNCT && text.charAt(tokens.get(t).start()) == c;
    }

    boolean isQuoteMark(int t) {
        return t >= 0 && t < tokens.size() && tokens.get(t).type() == TokenType.QUOTE;
    }

    /** A sentence-ending mark: '.', '!', '?', '…'. */
    boolean isTerminal(int t) {
        return !(t >= 0 && t < abbreviationPeriod.length && abbreviationPeriod[t]) && isPunct(t, '.') || isPunct(t, '!') || isPunct(t, '?') || isPunct(t, '…');
    }

    boolean capitalised(int t) {
        return Character.isUpperCase(text.charAt(tokens.get(t).start()));
    }

    /** Index of the '(' matching the ')' at token {@code t} within {@code reach} tokens, or -1. */
    int openingParenthesis(int t, int reach) {
        if (!isPunct(t, ')')) {
            return -1;
        }
        for (int k = t - 1; k >= Math.max(0, t - reach); k--) {
            if (isPunct(k, '(')) {
                return k;
            }
            if (isPunct(k, ')') || isQuoteMark(k)) {
                return -1;
            }
        }
        return -1;
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
