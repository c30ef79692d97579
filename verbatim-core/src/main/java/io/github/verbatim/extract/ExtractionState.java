package io.github.verbatim.extract;

import io.github.verbatim.extract.quote.Quote;
import io.github.verbatim.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * What one extraction run knows and has decided so far for one document: the {@link DocumentView}, which
 * tokens are already used as cues, which quotations are handled or placed in a candidate, and the
 * candidates found. Shared by the rule classes of one run; confined to that run.
 */
final class ExtractionState {

    final DocumentView d;
    final CueLexicon cues;
    /** Whether each token already serves as a cue. */
    final boolean[] usedCue;
    /** Whether each quotation has been handled. */
    final boolean[] quoteDone;
    /** Whether each quotation's content already belongs to a candidate. */
    final boolean[] inCandidate;
    final List<Candidate> out = new ArrayList<>();

    /** Most tokens of content a cue reaches; keeps runaway sentences (a 20 MB line) linear. */
    static final int MAX_CONTENT_TOKENS = 150;

    ExtractionState(DocumentView d, CueLexicon cues) {
        this.d = d;
        this.cues = cues;
        this.usedCue = new boolean[d.size()];
        this.quoteDone = new boolean[d.quotes.size()];
        this.inCandidate = new boolean[d.quotes.size()];
    }

    boolean isDash(int t) {
        return d.isPunct(t, '\u2015') || d.isPunct(t, '\u2014') || d.isPunct(t, '\u2013');
    }

    /** The cue at token {@code t} ending by {@code limit}; a capitalised word inside a sentence is a name. */
    CueMatch cueAt(int t, int limit) {
        return cueAt(t, limit, -1);
    }

    /** As {@link #cueAt(int, int)} with a precision threshold ({@code < 0}: the lexicon's own). */
    CueMatch cueAt(int t, int limit, double least) {
        if (t < 0 || t >= d.size() || d.capitalised(t) && t != d.sentence(t).firstToken()
                && !d.isQuoteMark(t - 1)) {
            return null;
        }
        if (least < 0) {
            CueMatch m = d.cueAt(t);
            return m == null || m.endToken() <= limit ? m : cues.match(d.forms, t, limit);
        }
        return cues.match(d.forms, t, limit, least);
    }

    CueMatch cueAt(int t) {
        return cueAt(t, d.size());
    }

    /** Index one past the last content token of sentence {@code s} from {@code from} (terminal dropped). */
    int contentEnd(Sentence s, int from) {
        int end = s.endToken();
        while (end > from && (d.isTerminal(end - 1) || d.isQuoteMark(end - 1) && d.quoteOf[end - 1] < 0)) {
            end--;
        }
        return Math.min(end, from + MAX_CONTENT_TOKENS);
    }

    /** First content token of a statement in sentence {@code s} ending at {@code to}, at most a bounded reach back. */
    int contentStart(Sentence s, int to) {
        return Math.max(s.firstToken(), to - MAX_CONTENT_TOKENS);
    }

    /** Words in {@code [from, to)}, counted from the end and capped at {@code atMost}. */
    int wordsBefore(int from, int to, int atMost) {
        int n = 0;
        for (int k = to - 1; k >= from && n < atMost; k--) {
            if (d.isWord(k)) {
                n++;
            }
        }
        return n;
    }

    void mark(int from, int to) {
        for (int k = from; k < to; k++) {
            usedCue[k] = true;
        }
    }

    void markQuotes(int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.quoteOf[k] >= 0) {
                quoteDone[d.quoteOf[k]] = true;
                inCandidate[d.quoteOf[k]] = true;
            }
        }
    }

    int wordCount(int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (d.isWord(k)) {
                n++;
            }
        }
        return n;
    }

    /** A quotation's content with its marks (trailing white space before a closing mark included). */
    CharRange extent(Quote q) {
        int start = q.start();
        while (start < q.contentStart() && Character.isWhitespace(d.text.charAt(start))) {
            start++;
        }
        return new CharRange(start, q.end());
    }

    char lastContentChar(Quote q) {
        return d.text.charAt(q.contentEnd() - 1);
    }

    double confidence(CueEntry e) {
        return e.precision();
    }
}
