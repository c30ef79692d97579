package io.github.verbatim.extract;

import io.github.verbatim.extract.quote.Quote;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.text.Sentence;
import java.util.List;

/**
 * The quotation rules: a direct quotation with a post-posed cue ("…,” he said.", "…,” said Blinken.",
 * "…,” the statement said.", "“…” ― Sonya Herridge"), a pre-posed one ("Blinken said: “…”", "Said Ellis:",
 * "PENCE:"), or one ending its sentence ("“…” to drive up the price, she said."); a quotation interrupted by
 * its cue ("“A,” he said, “B.”") is one statement of two segments; a quotation inside a reported clause
 * is mixed ("called the plan “a disaster”"); a quotation with no cue in reach continues the previous
 * statement, or is reported with no source and lower confidence. Confined to one run.
 */
final class QuoteRules {

    /** Tokens after a quotation searched for its cue. */
    private static final int POST_REACH = 8;
    /** Tokens before a quotation searched for its cue. */
    private static final int PRE_REACH = 7;
    /** Most words between a pre-posed cue and its quotation ("said at a briefing Monday:"). */
    private static final int PRE_GAP = 4;
    /** Least precision of a cue that stops a quotation from continuing the statement before it. */
    private static final double BLOCKING_PRECISION = 0.5;
    /** Most words of a source phrase between a quotation and its cue taken whatever its shape. */
    private static final int RELAXED_SOURCE = 8;
    /** Tokens after a quotation searched for a cue clause ending its sentence. */
    private static final int TAIL_REACH = 40;
    /** Tokens before a quotation searched for the cue of a mixed quotation. */
    private static final int MIXED_REACH = 60;
    /** Most tokens before a sentence-opening "according to" ("But according to …"). */
    private static final int ACCORDING_OPENING_WORDS = 2;
    /** Most tokens of the account named by a sentence-opening "according to". */
    private static final int ACCORDING_SOURCE_TOKENS = 25;
    /** Fewest words a quotation with no cue must have to be reported (shorter ones are scare quotes). */
    private static final int MIN_UNCUED_WORDS = 4;

    private final ExtractionState state;
    private final DocumentView d;
    private final boolean[] usedCue;
    private final boolean[] quoteDone;
    private final boolean[] inCandidate;
    private final List<Candidate> out;
    private final SourceFinder sources;

    QuoteRules(ExtractionState state, SourceFinder sources) {
        this.state = state;
        this.d = state.d;
        this.usedCue = state.usedCue;
        this.quoteDone = state.quoteDone;
        this.inCandidate = state.inCandidate;
        this.out = state.out;
        this.sources = sources;
    }

    /** Turns quotation {@code qi} into a statement, or into a segment of the previous one, or skips it. */
    void quote(int qi) {
        Quote q = d.quotes.get(qi);
        int qs = d.firstToken(q);
        int qe = d.endToken(q);
        if (qs >= qe || d.residue[qs] || d.residue[qe - 1]) {
            quoteDone[qi] = true;
            return;
        }
        quoteDone[qi] = true;
        CharRange content = state.extent(q);
        int words = state.wordCount(qs, qe);
        char last = state.lastContentChar(q);
        boolean openEnded = last == ',' || last == '?' || last == '!' || last == '—' || last == '-'
                || d.isPunct(qe, ',');
        int sentenceFirst = d.sentence(Math.min(qs, d.size() - 1)).firstToken();
        boolean midSentence = qs > sentenceFirst && state.wordsBefore(sentenceFirst, qs, 1) > 0
                && !d.isPunct(qs - 1, ':') && !d.isPunct(qs - 1, ',');

        int[] post = post(qe, openEnded);
        int[] pre = post == null ? pre(qs) : null;
        if (!midSentence && post == null && pre == null && qs > sentenceFirst && state.wordsBefore(sentenceFirst, qs, 3) > 2) {
            midSentence = true; // "Ryan says no matter what …, “his word does not …”": a cue further back
        }
        if (midSentence) {
            Candidate mixed = mixed(q, qs, qe, sentenceFirst, post);
            if (mixed != null) {
                out.add(mixed);
                inCandidate[qi] = true;
                return;
            }
            if (post == null && pre == null && words < MIN_UNCUED_WORDS) {
                return;
            }
        }
        if (post != null) {
            Candidate c = direct(content, post, "direct-post");
            int next = post[4];
            // "“A,” he said, “B.”": the next quotation continues this statement
            if (d.isPunct(next, ',') && d.isQuoteMark(next + 1) && qi + 1 < d.quotes.size()
                    && d.firstToken(d.quotes.get(qi + 1)) == next + 1) {
                Quote q2 = d.quotes.get(qi + 1);
                c = c.withSegment(state.extent(q2));
                quoteDone[qi + 1] = true;
                inCandidate[qi + 1] = true;
            }
            out.add(c);
            inCandidate[qi] = true;
            return;
        }
        if (pre != null) {
            CharRange withThat = pre[5] >= 0 ? new CharRange(d.tokens.get(pre[5]).start(), content.end()) : content;
            out.add(direct(withThat, pre, "direct-pre"));
            inCandidate[qi] = true;
            return;
        }
        if (words < MIN_UNCUED_WORDS && q.single()) {
            return;
        }
        int[] tail = tail(qe);
        if (tail != null) {
            // "“…” to drive up the price, she said."
            int end = tail[5];
            out.add(direct(new CharRange(content.start(), d.tokens.get(end - 1).end()), tail, "direct-tail"));
            inCandidate[qi] = true;
            return;
        }
        Candidate previous = previousInParagraph(qs);
        if (previous != null && previous.kind() == AttributionKind.DIRECT) {
            out.set(out.size() - 1, previous.withSegment(content));
            inCandidate[qi] = true;
            return;
        }
        if (previous != null && previous.source() != null && words >= MIN_UNCUED_WORDS) {
            out.add(new Candidate(AttributionKind.DIRECT, List.of(content), previous.cue(), previous.source(), 0.6,
                    "direct-continued"));
            inCandidate[qi] = true;
            return;
        }
        if (words < MIN_UNCUED_WORDS) {
            return;
        }
        Candidate before = previousParagraphDirect(qs);
        if (before != null) {
            out.add(new Candidate(AttributionKind.DIRECT, List.of(content), before.cue(), before.source(), 0.6,
                    "direct-continued"));
            inCandidate[qi] = true;
            return;
        }
        out.add(new Candidate(AttributionKind.DIRECT, List.of(content), null, null, 0.45, "direct-uncued"));
        inCandidate[qi] = true;
    }

    /** Post-posed cue clause after token {@code qe}: {srcStart, srcEnd, cueStart, cueEnd, clauseEnd}. */
    private int[] post(int qe, boolean openEnded) {
        int t = qe;
        if (t >= d.size() || t == 0 || d.paragraphOf(t) != d.paragraphOf(t - 1)) {
            return null; // the cue of a quotation is in its own paragraph
        }
        if (d.isPunct(t, ',')) {
            t++;
        }
        if (t < d.size() && state.isDash(t) && d.isWord(t + 1) && d.capitalised(t + 1) && !d.residue[t]) {
            // "“…” ― Sonya Herridge"
            int[] np = NounPhrases.after(d, t + 1, Math.min(d.size(), t + 1 + NounPhrases.MAX_TOKENS));
            if (np != null && (np[1] >= d.size() || d.paragraphOf(np[1]) != d.paragraphOf(t) || d.isTerminal(np[1]))) {
                return new int[] {np[0], np[1], t, t + 1, np[1]};
            }
        }
        if (t >= d.size() || !d.isWord(t) || d.residue[t]) {
            return null;
        }
        int para = d.paragraphOf(t);
        int limit = Math.min(d.size(), t + POST_REACH + 6);
        // cue first: "said Blinken", "explains the head of the US Foreign Office"
        CueMatch m = state.cueAt(t, limit);
        if (m != null && !usedCue[t]) {
            int[] np = NounPhrases.after(d, m.endToken(), limit);
            if (np != null) {
                int end = clauseEnd(np[1], para, openEnded);
                if (end >= 0) {
                    return new int[] {np[0], np[1], m.firstToken(), m.endToken(), end};
                }
            }
        }
        // source first: "he said", "the secretary of state said in a statement"; the likeliest cue wins;
        // right after the quotation, "as" opens a comparative cue clause: "…,” as a Homeland Security memo put it."
        int from = d.isQuoteMark(qe - 1) && d.form(t).equals("as") && t + 1 < d.size() && d.isWord(t + 1) ? t + 1 : t;
        int[] best = null;
        double bestPrecision = -1;
        int reach = Math.min(d.size(), t + POST_REACH);
        int bracketed = 0; // tokens inside parentheses, not counted as words of the source: "Chaffetz (R-Utah)"
        for (int j = t + 1; j < reach; j++) {
            if (d.isPunct(j, '(')) {
                int close = sources.closingParenthesis(j);
                if (close < 0) {
                    break;
                }
                reach = Math.min(d.size(), reach + close - j + 1);
                bracketed += close - j + 1;
                j = close;
                continue;
            }
            if (d.isPunct(j, ',') && j > t && d.capitalised(t)) {
                // "Scott Pruitt, the Republican attorney general of Oklahoma, said"
                int close = sources.appositionEnd(j);
                if (close < 0) {
                    break;
                }
                reach = Math.min(d.size(), close + 2);
                j = close;
                continue;
            }
            if (!d.isWord(j) || d.paragraphOf(j) != para) {
                break;
            }
            CueMatch c = state.cueAt(j, d.size());
            if (c == null || usedCue[j] || c.entry().precision() <= bestPrecision) {
                continue;
            }
            if (j <= from) {
                continue;
            }
            int[] np = d.isPunct(j - 1, ',') ? new int[] {from, j - 1} : NounPhrases.before(d, j, from);
            if (np == null || np[0] != from) {
                // right after a quotation any short phrase is the source: "a narrator in the Clinton ad asks"
                if (j - from - bracketed > RELAXED_SOURCE || NounPhrases.startsClause(d.form(from))) {
                    continue;
                }
                np = new int[] {from, j};
            }
            int end = clauseEnd(c.endToken(), para, openEnded);
            if (end >= 0) {
                best = new int[] {np[0], np[1], c.firstToken(), c.endToken(), end};
                bestPrecision = c.entry().precision();
            }
        }
        if (best != null) {
            return best;
        }
        return null;
    }

    /**
     * Token index where a cue clause starting at {@code t} ends (a terminal, comma, quotation mark or
     * paragraph end within reach), or -1.
     */
    private int clauseEnd(int t, int para, boolean openEnded) {
        if (openEnded) {
            return t; // after "“…,”" a source and cue are the attribution, whatever adjuncts follow
        }
        int reach = 5;
        for (int k = t; k < Math.min(d.size(), t + reach + 1); k++) {
            if (d.paragraphOf(k) != para) {
                return k;
            }
            if (d.isTerminal(k) || d.isPunct(k, ',') || d.isPunct(k, ';')) {
                return k;
            }
            if (d.isQuoteMark(k) || d.isPunct(k, ':')) {
                // after a quotation closed by its own period, a clause running on into another quotation or a
                // colon is the next statement ("“… neighborhood.” Russia insisted that Pyongyang “stop …”")
                return closedBefore(t) ? -1 : k;
            }
        }
        return t >= d.size() ? t : -1;
    }

    /** True when the last token before the quotation ending before the clause at {@code t} is a period. */
    private boolean closedBefore(int t) {
        int k = t - 1;
        while (k > 0 && !d.isQuoteMark(k)) {
            k--;
        }
        return k > 0 && d.isPunct(k - 1, '.');
    }

    /** Pre-posed cue before token {@code qs}: {srcStart, srcEnd, cueStart, cueEnd, qs}. */
    private int[] pre(int qs) {
        int t = qs - 1;
        if (t < 0) {
            return null;
        }
        boolean colon = d.isPunct(t, ':');
        if (colon || d.isPunct(t, ',')) {
            t--;
        }
        if (t < 0 || !d.isWord(t)) {
            return null;
        }
        // a colon at the end of the previous paragraph still introduces the quotation
        int floor = d.sentence(t).firstToken();
        if (colon) {
            // "Said Ellis:" and speaker labels "PENCE:"
            int[] inverted = invertedPre(floor, t + 1, qs);
            if (inverted != null) {
                return inverted;
            }
        }
        for (int j = t; j >= Math.max(floor, t - PRE_REACH); j--) {
            if (!d.isWord(j) || d.quoteOf[j] >= 0) {
                break;
            }
            if (usedCue[j]) {
                continue;
            }
            CueMatch m = state.cueAt(j, t + 1);
            // words between cue and quotation: "told reporters", "said Monday", "tweeted that"
            if (m == null || t + 1 - m.endToken() > PRE_GAP) {
                continue;
            }
            boolean participle = m.form().endsWith("ing") && d.isPunct(j - 1, ',');
            int[] np = m.form().equals("according to") ? NounPhrases.after(d, m.endToken(), t + 1)
                    : participle ? sources.participleSubject(floor, j) : sources.sourceBefore(j, floor);
            if (np == null && j > floor && d.form(j - 1).equals("and")) {
                np = sources.coordinatedSubject(floor, j); // "Hayek confirmed she had been and said, “…”"
            }
            if (np == null) {
                continue;
            }
            int gapStart = m.endToken() <= t && d.form(m.endToken()).equals("that") ? m.endToken() : -1;
            return new int[] {np[0], np[1], m.firstToken(), m.endToken(), qs, gapStart};
        }
        return null;
    }

    /** "Said Ellis:" (cue then source) or a transcript label "PENCE:" filling tokens {@code [from, colon)}. */
    private int[] invertedPre(int from, int colon, int qs) {
        CueMatch m = state.cueAt(from, colon);
        if (m != null) {
            int[] np = NounPhrases.after(d, m.endToken(), colon);
            if (np != null && np[1] == colon) {
                return new int[] {np[0], np[1], m.firstToken(), m.endToken(), qs, -1};
            }
        }
        // a name label: "PENCE:", "- Carl Bialik:", "More from Jones:"
        int k = colon - 1;
        while (k >= from && colon - k <= 4 && d.isWord(k) && (d.capitalised(k) || d.abbreviationPeriod[k])) {
            k--;
        }
        int start = k + 1;
        if (start == colon || NounPhrases.startsClause(d.form(start))) {
            return null;
        }
        boolean labelled = k < from || state.isDash(k) || d.isPunct(k, '-') || d.form(k).equals("from")
                || d.isQuoteMark(k);
        return labelled ? new int[] {start, colon, colon, colon + 1, qs, -1} : null;
    }

    /**
     * A cue clause ending the sentence after the quotation ("“…” to drive up the price, she said."):
     * {srcStart, srcEnd, cueStart, cueEnd, clauseEnd, commaToken}, or null.
     */
    private int[] tail(int qe) {
        if (qe >= d.size() || qe == 0 || !d.isWord(qe) || d.sentenceOf[qe] != d.sentenceOf[qe - 1]) {
            return null;
        }
        Sentence s = d.sentence(qe);
        int words = 0;
        for (int k = qe; k < Math.min(s.endToken(), qe + TAIL_REACH); k++) {
            if (d.quoteOf[k] >= 0 || d.isPunct(k, ';')) {
                return null;
            }
            if (d.isPunct(k, ',') && words >= 2) {
                int[] post = post(k, true);
                // the cue clause ends the sentence, or only an adjunct follows it (", she said, referencing …")
                if (post != null && (post[4] >= s.endToken() || d.isTerminal(post[4]) || d.isPunct(post[4], ','))) {
                    return new int[] {post[0], post[1], post[2], post[3], post[4], k};
                }
            }
            words++;
        }
        return null;
    }

    /**
     * The direct statement closing the previous paragraph when token {@code qs} opens this one with no cue
     * between them: a quotation continued in a new paragraph.
     */
    private Candidate previousParagraphDirect(int qs) {
        if (out.isEmpty() || qs == 0) {
            return null;
        }
        Candidate last = out.get(out.size() - 1);
        int para = d.paragraphOf(qs);
        int lastTok = d.seg.tokenAtOrAfter(Math.max(0, last.end() - 1));
        if (last.source() == null || lastTok >= d.size()
                || d.paragraphOf(lastTok) != para - 1 || d.seg.paragraphs().get(para).start() != d.tokens.get(qs).start()) {
            return null;
        }
        for (int k = lastTok + 1; k < qs; k++) {
            if (!usedCue[k] && d.quoteOf[k] < 0 && d.isWord(k) && !inRelativeClause(k) && state.cueAt(k) != null
                    && !(last.cue() != null && d.tokens.get(k).start() < last.cue().end())) {
                return null;
            }
        }
        return last;
    }

    /** A quotation inside a reported clause, or null. */
    private Candidate mixed(Quote q, int qs, int qe, int sentenceFirst, int[] post) {
        Sentence s = d.sentence(qs);
        // a cue before the quotation in its sentence, with its subject: "X called the plan “a disaster”";
        // the likeliest reporting verb wins, the earliest on ties: "Clinton says she hopes …, but she knows that “…”"
        if (post != null && state.cueAt(post[2]) != null && state.cueAt(post[2]).form().equals("according to")) {
            // "The voters are “not happy,” according to a poll.": the cue clause after the quotation wins
            state.mark(post[2], post[3]);
            return new Candidate(AttributionKind.MIXED, List.of(new CharRange(d.tokens.get(state.contentStart(s, qs)).start(),
                    q.end())), d.range(post[2], post[3]), d.range(post[0], post[1]), 0.8, "mixed-post");
        }
        Candidate according = openingAccordingTo(s, qs, qe);
        if (according != null) {
            return according;
        }
        CueMatch best = null;
        int[] bestSource = null;
        for (int j = Math.max(sentenceFirst, qs - MIXED_REACH); j < qs; j++) {
            if (!d.isWord(j) || d.quoteOf[j] >= 0 || usedCue[j]) {
                continue;
            }
            CueMatch m = state.cueAt(j, qs);
            if (m == null || best != null && m.entry().precision() <= best.entry().precision()) {
                continue;
            }
            int[] np = m.form().endsWith("ing") && d.isPunct(j - 1, ',') ? sources.participleSubject(sentenceFirst, j)
                    : sources.sourceBefore(j, sentenceFirst);
            if (np != null) {
                best = m;
                bestSource = np;
            }
        }
        if (best != null) {
            int end = state.contentEnd(s, qe);
            if (end <= best.endToken()) {
                return null;
            }
            state.mark(best.firstToken(), best.endToken());
            state.markQuotes(best.endToken(), end);
            return new Candidate(AttributionKind.MIXED, List.of(d.range(best.endToken(), end)),
                    d.range(best.firstToken(), best.endToken()), d.range(bestSource[0], bestSource[1]),
                    0.75 * state.confidence(best.entry()) + 0.2, "mixed-cue-before");
        }
        if (post != null) {
            state.mark(post[2], post[3]);
            int start = state.contentStart(s, qs);
            return new Candidate(AttributionKind.MIXED, List.of(new CharRange(d.tokens.get(start).start(),
                    q.end())), d.range(post[2], post[3]), d.range(post[0], post[1]),
                    0.8, "mixed-post");
        }
        return null;
    }

    /**
     * "According to a civil complaint filed by the SEC, the developers engaged in a “massive … scheme”": a
     * sentence opened by "according to" (after at most {@value #ACCORDING_OPENING_WORDS} words) whose account
     * ends at a comma before quotation {@code [qs, qe)} is a mixed statement of that account, the content
     * running from the comma to the sentence end. Null when the sentence does not open so.
     */
    private Candidate openingAccordingTo(Sentence s, int qs, int qe) {
        int first = s.firstToken();
        int j = first;
        while (j < qs && j - first <= ACCORDING_OPENING_WORDS && !d.form(j).equals("according")) {
            j++;
        }
        if (j >= qs || j - first > ACCORDING_OPENING_WORDS || usedCue[j]) {
            return null;
        }
        CueMatch m = state.cueAt(j, qs);
        if (m == null || !m.form().equals("according to")) {
            return null;
        }
        int comma = m.endToken();
        while (comma < qs && comma - m.endToken() <= ACCORDING_SOURCE_TOKENS && !d.isPunct(comma, ',')
                && !d.isQuoteMark(comma) && !d.isPunct(comma, ';') && !d.isPunct(comma, ':')) {
            comma++;
        }
        if (comma >= qs || comma == m.endToken() || !d.isPunct(comma, ',')) {
            return null;
        }
        int end = state.contentEnd(s, qe);
        if (end <= comma + 1) {
            return null;
        }
        state.mark(m.firstToken(), m.endToken());
        state.markQuotes(comma + 1, end);
        return new Candidate(AttributionKind.MIXED, List.of(d.range(comma + 1, end)),
                d.range(m.firstToken(), m.endToken()), d.range(m.endToken(), comma), 0.8, "mixed-according-to");
    }

    private Candidate direct(CharRange content, int[] cue, String rule) {
        state.mark(cue[2], cue[3]);
        CueMatch m = state.cueAt(cue[2]);
        double p = m == null ? 0.5 : m.entry().precision();
        return new Candidate(AttributionKind.DIRECT, List.of(content), d.range(cue[2], cue[3]),
                d.range(cue[0], cue[1]), Math.min(0.97, 0.7 + 0.27 * p), rule);
    }

    private Candidate previousInParagraph(int qs) {
        if (out.isEmpty()) {
            return null;
        }
        Candidate last = out.get(out.size() - 1);
        int para = d.paragraphOf(qs);
        int lastTok = d.seg.tokenAtOrAfter(Math.max(0, last.end() - 1));
        if (lastTok >= d.size() || d.paragraphOf(lastTok) != para || last.end() > d.tokens.get(qs).start()) {
            return null;
        }
        // no other strong cue between the previous statement and this quotation
        int from = lastTok + 1;
        for (int k = from; k < qs; k++) {
            if (!usedCue[k] && d.quoteOf[k] < 0 && d.isWord(k) && !inRelativeClause(k)
                    && state.cueAt(k, d.size(), BLOCKING_PRECISION) != null
                    && !(last.cue() != null && d.tokens.get(k).start() < last.cue().end())) {
                return null;
            }
        }
        return last;
    }

    /**
     * True when word {@code k} opens the verb of a relative clause ("Tim Hess, a developer, who introduced Mr.
     * Clarke to …"; "…, which found …"): such a clause describes a noun, usually the speaker just named, and
     * never introduces a quotation, so its verb does not stop the next quotation from continuing the
     * statement before it.
     */
    private boolean inRelativeClause(int k) {
        if (k == 0) {
            return false;
        }
        String before = d.form(k - 1);
        return before.equals("who") || before.equals("which");
    }
}
