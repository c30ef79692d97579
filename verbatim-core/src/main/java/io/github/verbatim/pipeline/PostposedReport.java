package io.github.verbatim.pipeline;

import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.learn.LearnedCandidates;
import io.github.verbatim.text.WordSet;
import java.util.List;

/**
 * Lets a clause reported after the fact keep its reporter: in "Secret Service protocol called for the nominee
 * to be taken to a trauma center, sources said." the rules read the whole clause as what "sources said", while
 * the tagger may read a verb inside the clause ("called for") as the cue of the rest. When the only kept
 * statement overlapping such a rule statement is a learned one whose cue (and source, if any) lie inside the
 * rule's content, the learned statement was the reported clause itself, so it takes the rule's content, cue and
 * source. Stateless.
 */
final class PostposedReport {

    /** Rules that read a clause ending in ", SOURCE CUE." or ", CUE SOURCE." at the end of a sentence. */
    static final WordSet RULES = WordSet.of("indirect-post", "indirect-post-inverted");

    private PostposedReport() {
    }

    /**
     * Replaces the learned statement of {@code out} that {@code rule} reports, as described above, and files the
     * rule's content under it in {@code keptContent}; false (and nothing changed) when {@code rule} is no
     * post-posed report or the kept statements do not fit.
     */
    static boolean takeOver(Candidate rule, List<Candidate> out, OverlapIndex keptContent) {
        if (!RULES.contains(rule.rule()) || rule.cue() == null || rule.source() == null) {
            return false;
        }
        int owner = -1;
        for (int i = 0; i < out.size(); i++) {
            if (overlapsContent(out.get(i), rule)) {
                if (owner >= 0) {
                    return false;
                }
                owner = i;
            }
        }
        if (owner < 0) {
            return false;
        }
        Candidate k = out.get(owner);
        if (!LearnedCandidates.RULE.equals(k.rule()) || k.cue() == null || !inside(rule, k.cue())
                || k.source() != null && !inside(rule, k.source())) {
            return false;
        }
        out.set(owner, new Candidate(rule.kind(), rule.content(), rule.cue(), rule.source(), k.confidence(), k.rule()));
        for (CharRange c : rule.content()) {
            keptContent.add(c, owner);
        }
        return true;
    }

    private static boolean overlapsContent(Candidate a, Candidate b) {
        for (CharRange x : a.content()) {
            for (CharRange y : b.content()) {
                if (x.overlaps(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inside(Candidate c, CharRange range) {
        for (CharRange r : c.content()) {
            if (r.start() <= range.start() && range.end() <= r.end()) {
                return true;
            }
        }
        return false;
    }
}
