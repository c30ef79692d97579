package io.github.verbatim.pipeline;

import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CandidateStage;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.extract.ExtractionInput;
import io.github.verbatim.extract.TokenText;
import io.github.verbatim.extract.quote.Quote;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Sentence;
import io.github.verbatim.text.Token;
import io.github.verbatim.text.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline stage that credits a statement heard second-hand to the report it came through: in
 * "“…,” Walker said, according to an Associated Press account." and "According to Yahoo News, Clinton's
 * spokesman said that “…”" the writer did not hear the speaker; the account did. PolNeAR annotates such a
 * quotation with the "according to" phrase as its cue and the account as its source (17 of 17 such sentences
 * in train and dev), so the stage moves the cue and source of the statement there.
 *
 * <p>A candidate (quoted or reported speech alike: "X said C, according to Y" is read the same way) is moved
 * when it has a cue that is not "according to" itself, and the cue's sentence holds, outside any quotation
 * and outside the candidate, an "according to" that either follows the cue after a comma (", according to
 * X.") or opens the sentence ("According to X, …") before the cue; X runs from "to" to the next comma,
 * colon, semicolon, quotation mark or sentence end, within {@value #MAX_SOURCE_TOKENS} tokens (the
 * sentence-opening form needs the comma). An "according to" already the cue of another candidate is left
 * to it. Other candidates pass unchanged. {@link CandidateArbiter} runs it on its merged candidates (a stage of
 * its own in the pipeline would copy and re-sort the candidate list for nothing). Stateless and thread-safe.
 */
public final class SecondHandSource implements CandidateStage {

    /** Most tokens of the account after "according to". */
    static final int MAX_SOURCE_TOKENS = 20;
    /** Most words before a sentence-opening "according to" ("But according to X, …"). */
    private static final int MAX_WORDS_BEFORE = 2;

    @Override
    public List<Candidate> apply(ExtractionInput input, List<Candidate> candidates) {
        TokenText forms = input.forms();
        List<Integer> accordings = null;
        for (int t = 0; t + 1 < forms.size(); t++) {
            if (forms.get(t).equals("according") && forms.get(t + 1).equals("to")) {
                if (accordings == null) {
                    accordings = new ArrayList<>();
                }
                accordings.add(t);
            }
        }
        if (accordings == null) {
            return candidates;
        }
        List<Candidate> out = null;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.cue() == null) {
                continue;
            }
            for (int a : accordings) {
                CharRange[] frame = frame(input, candidates, c, a);
                if (frame != null) {
                    if (out == null) {
                        out = new ArrayList<>(candidates);
                    }
                    out.set(i, new Candidate(c.kind(), c.content(), frame[0], frame[1], c.confidence(), c.rule()));
                    break;
                }
            }
        }
        return out == null ? candidates : out;
    }

    /** {cue, source} of the "according to" at token {@code a} for candidate {@code c}, or null. */
    private static CharRange[] frame(ExtractionInput input, List<Candidate> candidates, Candidate c, int a) {
        Segmentation seg = input.segmentation();
        List<Token> tokens = seg.tokens();
        int cueToken = seg.tokenAtOrAfter(c.cue().start());
        if (cueToken >= tokens.size() || seg.sentenceOfToken(cueToken) != seg.sentenceOfToken(a)) {
            return null;
        }
        CharRange cue = new CharRange(tokens.get(a).start(), tokens.get(a + 1).end());
        if (cue.overlaps(c.cue()) || inside(input.quotes().quotes(), cue.start()) || overlapsCandidate(c, cue)) {
            return null;
        }
        Sentence s = seg.sentences().get(seg.sentenceOfToken(a));
        boolean after = a > cueToken && a > s.firstToken() && isPunct(seg, a - 1, ',');
        boolean opening = a < cueToken && wordsBetween(seg, s.firstToken(), a) <= MAX_WORDS_BEFORE;
        if (!after && !opening) {
            return null;
        }
        int end = a + 2;
        int limit = Math.min(s.endToken(), a + 2 + MAX_SOURCE_TOKENS);
        while (end < limit && !stops(seg, end)) {
            end++;
        }
        if (end == limit && limit < s.endToken() && !stops(seg, limit)) {
            return null; // no clause boundary in reach: not a name of an account
        }
        int last = end;
        while (last > a + 2 && tokens.get(last - 1).type() == TokenType.PUNCT) {
            last--; // the sentence's period
        }
        if (last == a + 2) {
            return null;
        }
        if (opening && !isPunct(seg, end, ',')) {
            return null; // "According to X, …": the account ends at its comma
        }
        CharRange source = new CharRange(tokens.get(a + 2).start(), tokens.get(last - 1).end());
        if (overlapsCandidate(c, source)) {
            return null;
        }
        for (Candidate other : candidates) {
            if (other != c && other.cue() != null && other.cue().overlaps(cue)) {
                return null;
            }
        }
        return new CharRange[] {cue, source};
    }

    private static boolean stops(Segmentation seg, int t) {
        if (t >= seg.tokens().size()) {
            return true;
        }
        Token tok = seg.tokens().get(t);
        if (tok.type() == TokenType.QUOTE) {
            return true;
        }
        if (tok.type() != TokenType.PUNCT) {
            return false;
        }
        char ch = seg.text().charAt(tok.start());
        return ch == ',' || ch == ';' || ch == ':' || ch == '!' || ch == '?';
    }

    private static boolean isPunct(Segmentation seg, int t, char ch) {
        if (t < 0 || t >= seg.tokens().size()) {
            return false;
        }
        Token tok = seg.tokens().get(t);
        return tok.type() == TokenType.PUNCT && tok.end() - tok.start() == 1 && seg.text().charAt(tok.start()) == ch;
    }

    private static int wordsBetween(Segmentation seg, int from, int to) {
        int n = 0;
        for (int t = from; t < to; t++) {
            if (seg.tokens().get(t).type() == TokenType.WORD) {
                n++;
            }
        }
        return n;
    }

    private static boolean inside(List<Quote> quotes, int at) {
        for (Quote q : quotes) {
            if (q.start() <= at && at < q.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsCandidate(Candidate c, CharRange range) {
        for (CharRange r : c.content()) {
            if (r.overlaps(range)) {
                return true;
            }
        }
        return false;
    }
}
