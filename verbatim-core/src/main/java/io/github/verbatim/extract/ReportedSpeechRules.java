package io.github.verbatim.extract;

import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.text.Sentence;
import java.util.List;

/**
 * The reported-speech rules, for cues outside quotations: "X said (that) …", "According to X, …",
 * "…, according to X.", "…, X said.", "…, said X.", "X stresses the importance of …", and a participle
 * after a comma (", highlighting …") taking the sentence's subject. A statement that holds a quotation not
 * yet placed is mixed. Confined to one run.
 */
final class ReportedSpeechRules {

    /** Least cue precision for a participle after a comma (", highlighting …"), a strong frame on its own. */
    private static final double PARTICIPLE_PRECISION = 0.1;
    /** Fewest tokens of indirect content. */
    private static final int MIN_INDIRECT_TOKENS = 3;

    private final ExtractionState state;
    private final DocumentView d;
    private final boolean[] usedCue;
    private final boolean[] quoteDone;
    private final boolean[] inCandidate;
    private final List<Candidate> out;
    private final SourceFinder sources;

    ReportedSpeechRules(ExtractionState state, SourceFinder sources) {
        this.state = state;
        this.d = state.d;
        this.usedCue = state.usedCue;
        this.quoteDone = state.quoteDone;
        this.inCandidate = state.inCandidate;
        this.out = state.out;
        this.sources = sources;
    }

    /** Finds the reported speech of sentence {@code s} around cues not yet used. */
    void indirect(Sentence s) {
        int first = s.firstToken();
        int end = s.endToken();
        for (int t = first; t < end; t++) {
            if (usedCue[t] || d.quoteOf[t] >= 0 || d.residue[t] || !d.isWord(t)) {
                continue;
            }
            CueMatch m = state.cueAt(t, end);
            if (m == null && t > first && d.isPunct(t - 1, ',')) {
                m = state.cueAt(t, end, PARTICIPLE_PRECISION);
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
        if (d.isPunct(np[1], ',') && state.wordsBefore(s.firstToken(), m.firstToken(), 4) <= 3) {
            contentStart = np[1] + 1;
            contentEnd = state.contentEnd(s, np[1] + 1);
        } else if (m.firstToken() > s.firstToken() && d.isPunct(m.firstToken() - 1, ',')) {
            contentStart = state.contentStart(s, m.firstToken() - 1);
            contentEnd = m.firstToken() - 1;
        } else {
            return m.endToken();
        }
        return emitIndirect(contentStart, contentEnd, m, np, "indirect-according-to");
    }

    private int verbCue(Sentence s, CueMatch m) {
        int t = m.firstToken();
        int[] np = sources.sourceBefore(t, s.firstToken());
        int contentEnd = state.contentEnd(s, m.endToken());
        if (np != null && contentEnd - m.endToken() >= MIN_INDIRECT_TOKENS
                && !d.isPunct(m.endToken(), ',') && !d.isTerminal(m.endToken())) {
            return emitIndirect(m.endToken(), contentEnd, m, np, "indirect-subject-cue");
        }
        // "C, X said." and "C, said X."
        if (np != null && np[0] > s.firstToken() && d.isPunct(np[0] - 1, ',') && ends(m.endToken(), s)) {
            return emitIndirect(state.contentStart(s, np[0] - 1), np[0] - 1, m, np, "indirect-post");
        }
        if (t > s.firstToken() && d.isPunct(t - 1, ',')) {
            int[] after = NounPhrases.after(d, m.endToken(), s.endToken());
            if (after != null && ends(after[1], s) && !m.form().endsWith("ing")) {
                return emitIndirect(state.contentStart(s, t - 1), t - 1, m, after, "indirect-post-inverted");
            }
            // participial: "X speaks ..., highlighting the importance of ..."
            if (m.form().endsWith("ing") && contentEnd - m.endToken() >= MIN_INDIRECT_TOKENS) {
                int[] subject = sources.participleSubject(s.firstToken(), t);
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
        state.markQuotes(contentStart, contentEnd);
        state.mark(m.firstToken(), m.endToken());
        out.add(new Candidate(quoted ? AttributionKind.MIXED : AttributionKind.INDIRECT,
                List.of(d.range(contentStart, contentEnd)), d.range(m.firstToken(), m.endToken()),
                d.range(np[0], np[1]), 0.35 + 0.5 * state.confidence(m.entry()), rule));
        return Math.max(m.endToken(), Math.min(contentEnd, np[1]));
    }
}
