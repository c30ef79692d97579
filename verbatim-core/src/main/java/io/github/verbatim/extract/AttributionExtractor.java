package io.github.verbatim.extract;

import io.github.verbatim.clean.ResidueSpan;
import io.github.verbatim.extract.quote.Quote;
import io.github.verbatim.extract.quote.QuoteScan;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The rule-based extractor: turns quotations and reporting cues into {@link Candidate} statements.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>direct quotations with a post-posed cue ("…,” he said.", "…,” said Blinken.", "…,” the statement
 *       said.") or a pre-posed one ("Blinken said: “…”"); a quotation interrupted by its cue ("“A,” he said,
 *       “B.”") becomes one statement of two segments;
 *   <li>mixed: a quotation inside a reported clause ("called the plan “a disaster”");
 *   <li>quotations with no cue in reach continue the previous statement of their paragraph, or are reported
 *       on their own with lower confidence and no source, for the resolver to give the likely speaker;
 *   <li>indirect speech outside quotations: "X said (that) …", "According to X, …", "…, X said.",
 *       "X stresses the importance of …", and participial ", highlighting …" after a subject.
 * </ol>
 * Residue never contributes content. Stateless and thread-safe.
 */
public final class AttributionExtractor {

    /** Tokens after a quotation searched for its cue. */
    private static final int POST_REACH = 8;
    /** Tokens before a quotation searched for its cue. */
    private static final int PRE_REACH = 7;
    /** Most words between a pre-posed cue and its quotation ("said at a briefing Monday:"). */
    private static final int PRE_GAP = 4;
    /** Least precision of a cue that stops a quotation from continuing the statement before it. */
    private static final double BLOCKING_PRECISION = 0.5;
    /** Words that open an adverbial before a sentence's subject. */
    private static final java.util.Set<String> OPENERS = java.util.Set.of("however", "meanwhile", "in", "on", "at",
            "after", "before", "during", "later", "earlier", "still", "yet", "also", "then", "when", "while", "as",
            "with", "without", "since", "following", "despite", "last", "this", "asked", "speaking", "for",
            "by", "from", "under", "over", "instead", "now", "today", "yesterday", "separately", "similarly");
    /** Most words of a source phrase between a quotation and its cue taken whatever its shape. */
    private static final int RELAXED_SOURCE = 8;
    /** Fewest words a quotation with no cue must have to be reported (shorter ones are scare quotes). */
    private static final int MIN_UNCUED_WORDS = 4;
    /** Least cue precision for a participle after a comma (", highlighting …"), a strong frame on its own. */
    private static final double PARTICIPLE_PRECISION = 0.1;
    /** Fewest tokens of indirect content. */
    private static final int MIN_INDIRECT_TOKENS = 3;

    private final CueLexicon cues;

    /** An extractor using {@code cues}. */
    public AttributionExtractor(CueLexicon cues) {
        this.cues = Objects.requireNonNull(cues, "cues");
    }

    /** The statements of one document, ordered by content start. */
    public List<Candidate> extract(Segmentation segmentation, TokenText forms, QuoteScan scan,
            List<ResidueSpan> residue) {
        DocumentView d = new DocumentView(segmentation, forms, scan.quotes(), residue, cues);
        return new Run(d).run();
    }

    private final class Run {
        private final DocumentView d;
        private final boolean[] usedCue;
        private final boolean[] quoteDone;
        /** Whether each quotation's content already belongs to a candidate. */
        private final boolean[] inCandidate;
        private final List<Candidate> out = new ArrayList<>();

        Run(DocumentView d) {
            this.d = d;
            this.usedCue = new boolean[d.size()];
            this.quoteDone = new boolean[d.quotes.size()];
            this.inCandidate = new boolean[d.quotes.size()];
        }

        List<Candidate> run() {
            for (int q = 0; q < d.quotes.size(); q++) {
                if (!quoteDone[q]) {
                    quote(q);
                }
            }
            for (Sentence s : d.seg.sentences()) {
                indirect(s);
            }
            out.sort(Comparator.comparingInt(Candidate::start));
            return out;
        }

        // ------------------------------------------------------------ quotations

        private void quote(int qi) {
            Quote q = d.quotes.get(qi);
            int qs = d.firstToken(q);
            int qe = d.endToken(q);
            if (qs >= qe || d.residue[qs] || d.residue[qe - 1]) {
                quoteDone[qi] = true;
                return;
            }
            quoteDone[qi] = true;
            CharRange content = extent(q);
            int words = wordCount(qs, qe);
            char last = lastContentChar(q);
            boolean openEnded = last == ',' || last == '?' || last == '!' || last == '—' || last == '-'
                    || d.isPunct(qe, ',');
            int sentenceFirst = d.sentence(Math.min(qs, d.size() - 1)).firstToken();
            boolean midSentence = qs > sentenceFirst && wordCount(sentenceFirst, qs) > 0
                    && !d.isPunct(qs - 1, ':') && !d.isPunct(qs - 1, ',');

            int[] post = post(qe, openEnded);
            int[] pre = post == null ? pre(qs) : null;
            if (!midSentence && post == null && pre == null && qs > sentenceFirst && wordCount(sentenceFirst, qs) > 2) {
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
                    c = c.withSegment(extent(q2));
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
            if (t < d.size() && isDash(t) && d.isWord(t + 1) && d.capitalised(t + 1) && !d.residue[t]) {
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
            CueMatch m = cueAt(t, limit);
            if (m != null && !usedCue[t]) {
                int[] np = NounPhrases.after(d, m.endToken(), limit);
                if (np != null) {
                    int end = clauseEnd(np[1], para, openEnded);
                    if (end >= 0) {
                        return new int[] {np[0], np[1], m.firstToken(), m.endToken(), end};
                    }
                }
            }
            // source first: "he said", "the secretary of state said in a statement"; the likeliest cue wins
            int[] best = null;
            double bestPrecision = -1;
            int reach = Math.min(d.size(), t + POST_REACH);
            for (int j = t + 1; j < reach; j++) {
                if (d.isPunct(j, '(')) {
                    int close = closingParenthesis(j);
                    if (close < 0) {
                        break;
                    }
                    reach = Math.min(d.size(), reach + close - j + 1);
                    j = close;
                    continue;
                }
                if (d.isPunct(j, ',') && j > t && d.capitalised(t)) {
                    // "Scott Pruitt, the Republican attorney general of Oklahoma, said"
                    int close = appositionEnd(j);
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
                CueMatch c = cueAt(j, d.size());
                if (c == null || usedCue[j] || c.entry().precision() <= bestPrecision) {
                    continue;
                }
                int[] np = d.isPunct(j - 1, ',') ? new int[] {t, j - 1} : NounPhrases.before(d, j, t);
                if (np == null || np[0] != t) {
                    // right after a quotation any short phrase is the source: "a narrator in the Clinton ad asks"
                    if (j - t > RELAXED_SOURCE || NounPhrases.startsClause(d.form(t))) {
                        continue;
                    }
                    np = new int[] {t, j};
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

        private boolean isDash(int t) {
            return d.isPunct(t, '\u2015') || d.isPunct(t, '\u2014') || d.isPunct(t, '\u2013');
        }

        /**
         * The source phrase before cue token {@code cue}: a plain noun phrase, or a name followed by an
         * apposition or aside between commas ("Brian Fallon, the campaign’s press secretary, noted").
         */
        private int[] sourceBefore(int cue, int floor) {
            int[] np = NounPhrases.before(d, cue, floor);
            if (np != null || !d.isPunct(cue - 1, ',')) {
                return np;
            }
            int[] beforeComma = NounPhrases.before(d, cue - 1, floor);
            if (beforeComma != null && d.capitalised(beforeComma[1] - 1) && beforeComma[1] - beforeComma[0] <= 4
                    && (beforeComma[0] == floor || d.isPunct(beforeComma[0] - 1, ','))) {
                return beforeComma; // "Gov. John Kasich (R-OH), said"
            }
            for (int k = cue - 2; k > Math.max(floor, cue - 18); k--) {
                if (d.isQuoteMark(k) || d.isTerminal(k) || d.isPunct(k, ':') || d.isPunct(k, ';')) {
                    return null;
                }
                if (d.isPunct(k, ',')) {
                    int[] name = NounPhrases.before(d, k, floor);
                    if (name == null || !d.capitalised(name[1] - 1) || k + 1 >= cue - 1) {
                        return null;
                    }
                    return new int[] {name[0], cue - 1};
                }
            }
            return null;
        }

        /** "Said Ellis:" (cue then source) or a transcript label "PENCE:" filling tokens {@code [from, colon)}. */
        private int[] invertedPre(int from, int colon, int qs) {
            CueMatch m = cueAt(from, colon);
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
            boolean labelled = k < from || isDash(k) || d.isPunct(k, '-') || d.form(k).equals("from")
                    || d.isQuoteMark(k);
            return labelled ? new int[] {start, colon, colon, colon + 1, qs, -1} : null;
        }

        /**
         * The source of a participle after a comma ("…, calling him “a liar”"): the source of a cue clause
         * just before ("he said, adding"), else the main clause's subject after any opening adverbial
         * ("However, he held his fire, calling …").
         */
        private int[] participleSubject(int floor, int cue) {
            int[] earlier = earlierSource(cue - 1, floor);
            if (earlier != null) {
                return earlier;
            }
            int start = floor;
            while (start < cue && (d.isQuoteMark(start) || !d.isWord(start))) {
                start++;
            }
            if (start < cue && OPENERS.contains(d.form(start))) {
                int comma = -1;
                for (int k = start; k < Math.min(cue, start + 14); k++) {
                    if (d.isPunct(k, ',')) {
                        comma = k;
                        break;
                    }
                }
                if (comma < 0) {
                    return null;
                }
                start = comma + 1;
            }
            return namedSubject(start, cue);
        }

        /** The sentence's subject when it is a name or pronoun, or null. */
        private int[] namedSubject(int floor, int limit) {
            int[] subject = NounPhrases.subject(d, floor, limit);
            if (subject == null || !(d.capitalised(subject[0]) || NounPhrases.PRONOUNS.contains(d.form(subject[0])))) {
                return null;
            }
            return subject;
        }

        /** The source of a cue clause "X said" ending at token {@code end} (exclusive), or null. */
        private int[] earlierSource(int end, int floor) {
            for (int k = end - 1; k >= Math.max(floor, end - 4); k--) {
                if (!d.isWord(k)) {
                    return null;
                }
                CueMatch m = cueAt(k, end);
                if (m != null && m.endToken() == end) {
                    return NounPhrases.before(d, k, floor);
                }
            }
            return null;
        }

        /** Index of the ')' closing the '(' at token {@code t} within a few tokens, or -1. */
        private int closingParenthesis(int t) {
            for (int k = t + 1; k < Math.min(d.size(), t + 8); k++) {
                if (d.isPunct(k, ')')) {
                    return k;
                }
                if (d.isQuoteMark(k) || d.isPunct(k, '(')) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * Index of the comma closing an apposition opened by the comma at {@code t}, or -1. Appositions may
         * chain: "Tim Hess, a developer in Virginia, who introduced him to bankers, said".
         */
        private int appositionEnd(int t) {
            int open = t;
            int close = -1;
            for (int link = 0; link < 3; link++) {
                boolean shortAside = d.isPunct(Math.min(d.size() - 1, open + 2), ',')
                        || d.isPunct(Math.min(d.size() - 1, open + 3), ',');
                if (!d.isWord(open + 1) || !NounPhrases.startsApposition(d.form(open + 1)) && !shortAside
                        || link > 0 && cueAt(open + 1) != null) {
                    return close;
                }
                int next = -1;
                for (int k = open + 1; k < Math.min(d.size(), open + 26); k++) {
                    if (d.isPunct(k, ',')) {
                        next = k > open + 1 ? k : -1;
                        break;
                    }
                    if (!d.isWord(k) && !d.isPunct(k, '-') && !d.isPunct(k, '(') && !d.isPunct(k, ')')) {
                        break;
                    }
                }
                if (next < 0) {
                    return close;
                }
                close = next;
                open = next;
            }
            return close;
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
                if (d.isTerminal(k) || d.isPunct(k, ',') || d.isPunct(k, ';') || d.isQuoteMark(k)
                        || d.isPunct(k, ':')) {
                    return k;
                }
            }
            return t >= d.size() ? t : -1;
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
                CueMatch m = cueAt(j, t + 1);
                // words between cue and quotation: "told reporters", "said Monday", "tweeted that"
                if (m == null || t + 1 - m.endToken() > PRE_GAP) {
                    continue;
                }
                boolean participle = m.form().endsWith("ing") && d.isPunct(j - 1, ',');
                int[] np = m.form().equals("according to") ? NounPhrases.after(d, m.endToken(), t + 1)
                        : participle ? participleSubject(floor, j) : sourceBefore(j, floor);
                if (np == null && j > floor && d.form(j - 1).equals("and")) {
                    np = namedSubject(floor, j); // "Hayek confirmed she had been and said, “…”"
                }
                if (np == null) {
                    continue;
                }
                int gapStart = m.endToken() <= t && d.form(m.endToken()).equals("that") ? m.endToken() : -1;
                return new int[] {np[0], np[1], m.firstToken(), m.endToken(), qs, gapStart};
            }
            return null;
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
            for (int k = qe; k < s.endToken(); k++) {
                if (d.quoteOf[k] >= 0 || d.isPunct(k, ';')) {
                    return null;
                }
                if (d.isPunct(k, ',') && words >= 2) {
                    int[] post = post(k, true);
                    if (post != null && (post[4] >= s.endToken() || d.isTerminal(post[4]))) {
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
                if (!usedCue[k] && d.quoteOf[k] < 0 && d.isWord(k) && cueAt(k) != null
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
            if (post != null && cueAt(post[2]) != null && cueAt(post[2]).form().equals("according to")) {
                // "The voters are “not happy,” according to a poll.": the cue clause after the quotation wins
                mark(post[2], post[3]);
                return new Candidate(AttributionKind.MIXED, List.of(new CharRange(d.tokens.get(sentenceFirst).start(),
                        q.end())), d.range(post[2], post[3]), d.range(post[0], post[1]), 0.8, "mixed-post");
            }
            CueMatch best = null;
            int[] bestSource = null;
            for (int j = sentenceFirst; j < qs; j++) {
                if (!d.isWord(j) || d.quoteOf[j] >= 0 || usedCue[j]) {
                    continue;
                }
                CueMatch m = cueAt(j, qs);
                if (m == null || best != null && m.entry().precision() <= best.entry().precision()) {
                    continue;
                }
                int[] np = m.form().endsWith("ing") && d.isPunct(j - 1, ',') ? participleSubject(sentenceFirst, j)
                        : sourceBefore(j, sentenceFirst);
                if (np != null) {
                    best = m;
                    bestSource = np;
                }
            }
            if (best != null) {
                int end = contentEnd(s, qe);
                if (end <= best.endToken()) {
                    return null;
                }
                mark(best.firstToken(), best.endToken());
                markQuotes(best.endToken(), end);
                return new Candidate(AttributionKind.MIXED, List.of(d.range(best.endToken(), end)),
                        d.range(best.firstToken(), best.endToken()), d.range(bestSource[0], bestSource[1]),
                        0.75 * confidence(best.entry()) + 0.2, "mixed-cue-before");
            }
            if (post != null) {
                mark(post[2], post[3]);
                int start = sentenceFirst;
                return new Candidate(AttributionKind.MIXED, List.of(new CharRange(d.tokens.get(start).start(),
                        q.end())), d.range(post[2], post[3]), d.range(post[0], post[1]),
                        0.8, "mixed-post");
            }
            return null;
        }

        private Candidate direct(CharRange content, int[] cue, String rule) {
            mark(cue[2], cue[3]);
            CueMatch m = cueAt(cue[2]);
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
                if (!usedCue[k] && d.quoteOf[k] < 0 && d.isWord(k) && cueAt(k, d.size(), BLOCKING_PRECISION) != null
                        && !(last.cue() != null && d.tokens.get(k).start() < last.cue().end())) {
                    return null;
                }
            }
            return last;
        }

        // ------------------------------------------------------------ indirect speech

        private void indirect(Sentence s) {
            int first = s.firstToken();
            int end = s.endToken();
            for (int t = first; t < end; t++) {
                if (usedCue[t] || d.quoteOf[t] >= 0 || d.residue[t] || !d.isWord(t)) {
                    continue;
                }
                CueMatch m = cueAt(t, end);
                if (m == null && t > first && d.isPunct(t - 1, ',')) {
                    m = cueAt(t, end, PARTICIPLE_PRECISION);
                    if (m != null && !m.form().endsWith("ing")) {
                        m = null;
                    }
                }
                if (m == null) {
                    continue;
                }
                int next = m.form().equals("according to") ? accordingTo(s, m) : verbCue(s, m);
                if (next > t) {
                    t = next - 1;
                }
            }
        }

        /** "According to X, C." or "C, according to X." Returns the token to continue from. */
        private int accordingTo(Sentence s, CueMatch m) {
            int[] np = NounPhrases.after(d, m.endToken(), s.endToken());
            if (np == null) {
                return m.endToken();
            }
            int contentStart;
            int contentEnd;
            if (d.isPunct(np[1], ',') && wordCount(s.firstToken(), m.firstToken()) <= 3) {
                contentStart = np[1] + 1;
                contentEnd = contentEnd(s, np[1] + 1);
            } else if (m.firstToken() > s.firstToken() && d.isPunct(m.firstToken() - 1, ',')) {
                contentStart = s.firstToken();
                contentEnd = m.firstToken() - 1;
            } else {
                return m.endToken();
            }
            return emitIndirect(contentStart, contentEnd, m, np, "indirect-according-to");
        }

        private int verbCue(Sentence s, CueMatch m) {
            int t = m.firstToken();
            int[] np = sourceBefore(t, s.firstToken());
            int contentEnd = contentEnd(s, m.endToken());
            if (np != null && contentEnd - m.endToken() >= MIN_INDIRECT_TOKENS
                    && !d.isPunct(m.endToken(), ',') && !d.isTerminal(m.endToken())) {
                return emitIndirect(m.endToken(), contentEnd, m, np, "indirect-subject-cue");
            }
            // "C, X said." and "C, said X."
            if (np != null && np[0] > s.firstToken() && d.isPunct(np[0] - 1, ',') && ends(m.endToken(), s)) {
                return emitIndirect(s.firstToken(), np[0] - 1, m, np, "indirect-post");
            }
            if (t > s.firstToken() && d.isPunct(t - 1, ',')) {
                int[] after = NounPhrases.after(d, m.endToken(), s.endToken());
                if (after != null && ends(after[1], s) && !m.form().endsWith("ing")) {
                    return emitIndirect(s.firstToken(), t - 1, m, after, "indirect-post-inverted");
                }
                // participial: "X speaks ..., highlighting the importance of ..."
                if (m.form().endsWith("ing") && contentEnd - m.endToken() >= MIN_INDIRECT_TOKENS) {
                    int[] subject = participleSubject(s.firstToken(), t);
                    if (subject != null) {
                        return emitIndirect(m.endToken(), contentEnd, m, subject, "indirect-participial");
                    }
                }
            }
            return m.endToken();
        }

        private boolean ends(int t, Sentence s) {
            return t >= s.endToken() || d.isTerminal(t) || t + 1 >= s.endToken() && !d.isWord(t);
        }

        private int emitIndirect(int contentStart, int contentEnd, CueMatch m, int[] np, String rule) {
            while (contentEnd > contentStart && !d.isWord(contentEnd - 1) && !d.isQuoteMark(contentEnd - 1)) {
                contentEnd--;
            }
            if (contentEnd - contentStart < MIN_INDIRECT_TOKENS) {
                return m.endToken();
            }
            for (int k = contentStart; k < contentEnd; k++) {
                if (d.residue[k]) {
                    return m.endToken();
                }
            }
            boolean quoted = false;
            for (int k = contentStart; k < contentEnd; k++) {
                if (d.quoteOf[k] >= 0) {
                    if (inCandidate[d.quoteOf[k]]) {
                        return m.endToken();
                    }
                    quoted = true;
                }
            }
            markQuotes(contentStart, contentEnd);
            mark(m.firstToken(), m.endToken());
            out.add(new Candidate(quoted ? AttributionKind.MIXED : AttributionKind.INDIRECT,
                    List.of(d.range(contentStart, contentEnd)), d.range(m.firstToken(), m.endToken()),
                    d.range(np[0], np[1]), 0.35 + 0.5 * confidence(m.entry()), rule));
            return Math.max(m.endToken(), Math.min(contentEnd, np[1]));
        }

        // ------------------------------------------------------------ helpers

        /** The cue at token {@code t} ending by {@code limit}; a capitalised word inside a sentence is a name. */
        private CueMatch cueAt(int t, int limit) {
            return cueAt(t, limit, -1);
        }

        /** As {@link #cueAt(int, int)} with a precision threshold ({@code < 0}: the lexicon's own). */
        private CueMatch cueAt(int t, int limit, double least) {
            if (t < 0 || t >= d.size() || d.capitalised(t) && t != d.sentence(t).firstToken()
                    && !d.isQuoteMark(t - 1)) {
                return null;
            }
            if (least < 0) {
                CueMatch m = d.cueAt[t];
                return m == null || m.endToken() <= limit ? m : cues.match(d.forms, t, limit);
            }
            return cues.match(d.forms, t, limit, least);
        }

        private CueMatch cueAt(int t) {
            return cueAt(t, d.size());
        }

        /** Index one past the last content token of sentence {@code s} from {@code from} (terminal dropped). */
        private int contentEnd(Sentence s, int from) {
            int end = s.endToken();
            while (end > from && (d.isTerminal(end - 1) || d.isQuoteMark(end - 1) && d.quoteOf[end - 1] < 0)) {
                end--;
            }
            return end;
        }

        private void mark(int from, int to) {
            for (int k = from; k < to; k++) {
                usedCue[k] = true;
            }
        }

        private void markQuotes(int from, int to) {
            for (int k = from; k < to; k++) {
                if (d.quoteOf[k] >= 0) {
                    quoteDone[d.quoteOf[k]] = true;
                    inCandidate[d.quoteOf[k]] = true;
                }
            }
        }

        private int wordCount(int from, int to) {
            int n = 0;
            for (int k = from; k < to; k++) {
                if (d.isWord(k)) {
                    n++;
                }
            }
            return n;
        }

        /** A quotation's content with its marks (trailing white space before a closing mark included). */
        private CharRange extent(Quote q) {
            int start = q.start();
            while (start < q.contentStart() && Character.isWhitespace(d.text.charAt(start))) {
                start++;
            }
            return new CharRange(start, q.end());
        }

        private char lastContentChar(Quote q) {
            return d.text.charAt(q.contentEnd() - 1);
        }

        private double confidence(CueEntry e) {
            return e.precision();
        }
    }
}
