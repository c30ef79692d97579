package io.github.verbatim.pipeline;

import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.extract.ExtractionInput;
import io.github.verbatim.extract.TokenText;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Token;
import io.github.verbatim.text.TokenType;
import io.github.verbatim.text.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Brings a cue's edges to the conventions of PolNeAR's annotators, measured on the gold cues of PolNeAR train
 * (counts are gold cues with the word inside the cue / right outside it):
 *
 * <ul>
 *   <li>the verb group's auxiliaries, negation and pre-verbal adverbs belong to the cue: "has said", "did not
 *       say", "hasn't said" (auxiliary 2,771 / 75; negation 227 / 4), "also noted", "then asked", "later
 *       confirmed" (a short list of time and focus adverbs, 545 / 60), "publicly stated", "repeatedly
 *       pronounced" (adverbs in "-ly", 346 / 47);</li>
 *   <li>a verb particle belongs to the cue: "pointed out", "brought up" (122 / 0).</li>
 * </ul>
 *
 * A cue grows over such words only when they are lower case, directly adjacent (one space apart, so never
 * across a line, a comma or a quotation mark), and the cue does not start with a determiner or "to" ("was a
 * belief" and "could to promote" are not verb groups), and never over the candidate's own source or content.
 * Applied by {@link CandidateArbiter} to every merged candidate. Stateless and thread-safe.
 */
final class CueBoundary {

    /** Auxiliary and modal verbs that open a verb group. */
    private static final WordSet AUXILIARIES = WordSet.of("has", "have", "had", "is", "was", "are", "were", "will",
            "would", "could", "can", "did", "does", "do", "be", "been", "being", "may", "might", "should", "must",
            "not", "never");
    /** Adverbs of time and focus that stand before a reporting verb. */
    private static final WordSet ADVERBS = WordSet.of("also", "later", "repeatedly", "previously", "recently",
            "often", "then", "again", "once", "already", "still", "just", "now", "even", "further", "publicly",
            "privately", "reportedly");
    /** Words in "-ly" that are not adverbs before a verb. */
    private static final WordSet NOT_ADVERBS = WordSet.of("only", "early", "likely", "family", "daily", "weekly",
            "monthly", "yearly", "supply", "reply", "apply");
    /** Words that show a cue does not start with a verb. */
    private static final WordSet NOT_VERB_STARTS = WordSet.of("a", "an", "the", "this", "that", "these", "those",
            "his", "her", "their", "its", "our", "my", "your", "to", "no", "some", "any", "every");
    private static final WordSet PARTICLES = WordSet.of("out", "up");

    private CueBoundary() {
    }

    /**
     * {@code candidates} (of the document {@code input} holds) with each cue {@link #normalised}, except where
     * the grown cue would overlap its candidate's content or source; the same list when nothing changes.
     */
    static List<Candidate> applied(ExtractionInput input, List<Candidate> candidates) {
        List<Candidate> out = null;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.cue() == null) {
                continue;
            }
            CharRange cue = normalised(input.segmentation(), input.forms(), c.cue());
            if (cue.equals(c.cue()) || c.source() != null && c.source().overlaps(cue) || overlapsContent(c, cue)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(candidates);
            }
            out.set(i, new Candidate(c.kind(), c.content(), cue, c.source(), c.confidence(), c.rule()));
        }
        return out == null ? candidates : out;
    }

    private static boolean overlapsContent(Candidate c, CharRange range) {
        for (CharRange r : c.content()) {
            if (r.overlaps(range)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code cue} grown over the auxiliaries, negation and adverbs right before it and a particle right after
     * it (unless it already ends with one); {@code cue} itself when none applies. The result always holds
     * {@code cue}, and normalising it again changes nothing.
     */
    static CharRange normalised(Segmentation segmentation, TokenText forms, CharRange cue) {
        Objects.requireNonNull(cue, "cue");
        List<Token> tokens = segmentation.tokens();
        int first = segmentation.tokenAtOrAfter(cue.start());
        if (first >= tokens.size() || tokens.get(first).start() >= cue.end()
                || NOT_VERB_STARTS.contains(forms.get(first))) {
            return cue;
        }
        String text = segmentation.text();
        int start = cue.start();
        int t = first - 1;
        while (t >= 0 && adjacent(text, tokens.get(t), tokens.get(t + 1)) && opensVerbGroup(segmentation, forms, t)) {
            start = tokens.get(t).start();
            t--;
        }
        int end = cue.end();
        int next = segmentation.tokenAtOrAfter(cue.end());
        if (next > 0 && next < tokens.size() && tokens.get(next - 1).end() == cue.end()
                && !PARTICLES.contains(forms.get(next - 1))
                && adjacent(text, tokens.get(next - 1), tokens.get(next)) && PARTICLES.contains(forms.get(next))) {
            end = tokens.get(next).end();
        }
        return start == cue.start() && end == cue.end() ? cue : new CharRange(start, end);
    }

    private static boolean adjacent(String text, Token left, Token right) {
        return right.start() == left.end() + 1 && text.charAt(left.end()) == ' ';
    }

    /** True for a lower-case auxiliary, negation or pre-verbal adverb at token {@code t}. */
    private static boolean opensVerbGroup(Segmentation segmentation, TokenText forms, int t) {
        Token token = segmentation.tokens().get(t);
        if (token.type() != TokenType.WORD || Character.isUpperCase(segmentation.text().charAt(token.start()))) {
            return false;
        }
        String form = forms.get(t);
        return AUXILIARIES.contains(form) || ADVERBS.contains(form) || form.endsWith("n't")
                || form.length() > 4 && form.endsWith("ly") && !NOT_ADVERBS.contains(form);
    }
}
