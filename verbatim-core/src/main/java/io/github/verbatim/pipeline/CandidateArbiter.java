package io.github.verbatim.pipeline;

import io.github.verbatim.clean.ResidueSpan;
import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CandidateStage;
import io.github.verbatim.extract.ExtractionInput;
import io.github.verbatim.learn.LearnedCandidates;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.text.Segmentation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The pipeline stage that merges the candidates of the rule extractor with those of the learned tagger into
 * one list, in content order.
 *
 * <ol>
 *   <li>A rule candidate with confidence at least {@link #STRONG} (quotation marks with a cue and a source
 *       in reach, "according to", ...) owns its paragraph: the rules are precise there, and a paragraph's
 *       statements share cues and sources, so mixing the two systems inside it would make the structure
 *       inconsistent. Learned candidates in such paragraphs are dropped, but where one shares the rule's
 *       content and overlaps its source, its extent of that source is kept.</li>
 *   <li>Elsewhere the learned candidates are kept: they find indirect speech, unusual cues and statements
 *       spanning sentences that the rules miss.</li>
 *   <li>A weaker rule candidate is added only where no kept candidate overlaps its content.</li>
 *   <li>Learned candidates whose content touches scraping residue are dropped (residue is never part of a
 *       statement).</li>
 * </ol>
 *
 * The threshold and the paragraph rule were chosen on PolNeAR dev (see docs/accuracy.md). Stateless and
 * thread-safe.
 */
public final class CandidateArbiter implements CandidateStage {

    /** Rule confidence from which a rule candidate owns its paragraph. */
    public static final double STRONG = 0.8;

    private final LearnedCandidates learned;

    /** An arbiter merging the rules' candidates with those of {@code learned}. */
    public CandidateArbiter(LearnedCandidates learned) {
        this.learned = Objects.requireNonNull(learned, "learned");
    }

    /** The rule candidates so far merged with the learned candidates for the same article. */
    @Override
    public List<Candidate> apply(ExtractionInput input, List<Candidate> candidates) {
        return arbitrate(input.segmentation(), candidates, learned.extract(input.segmentation()), input.residue());
    }

    /** The merged candidates, ordered by content start. */
    static List<Candidate> arbitrate(Segmentation segmentation, List<Candidate> rules, List<Candidate> learned,
            List<ResidueSpan> residue) {
        Objects.requireNonNull(segmentation, "segmentation");
        Set<Integer> ownedParagraphs = new HashSet<>();
        List<Candidate> out = new ArrayList<>(rules.size() + learned.size());
        for (Candidate r : rules) {
            if (r.confidence() >= STRONG) {
                out.add(withLearnedBoundaries(r, learned));
                for (CharRange c : r.content()) {
                    ownedParagraphs.addAll(paragraphs(segmentation, c));
                }
            }
        }
        for (Candidate l : learned) {
            boolean keep = true;
            for (CharRange c : l.content()) {
                for (int p : paragraphs(segmentation, c)) {
                    keep &= !ownedParagraphs.contains(p);
                }
                for (ResidueSpan r : residue) {
                    keep &= !r.overlaps(c.start(), c.end());
                }
                for (Candidate kept : out) {
                    keep &= !overlaps(kept, c);
                }
            }
            if (keep) {
                out.add(l);
            }
        }
        for (Candidate r : rules) {
            if (r.confidence() >= STRONG) {
                continue;
            }
            boolean free = true;
            for (CharRange c : r.content()) {
                for (Candidate kept : out) {
                    free &= !overlaps(kept, c);
                }
            }
            if (free) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        return out;
    }

    /**
     * {@code rule} with the source extent of the learned candidate sharing its content, where it overlaps the
     * rule's own: the rule is right about who, the tagger (trained on annotated news) about where the mention
     * starts and ends ("Senator Ted Cruz of Texas"). Measured on PolNeAR dev, taking the tagger's cue extent
     * as well gains nothing.
     */
    private static Candidate withLearnedBoundaries(Candidate rule, List<Candidate> learned) {
        for (Candidate l : learned) {
            boolean shared = false;
            for (CharRange c : l.content()) {
                shared |= overlaps(rule, c);
            }
            if (!shared) {
                continue;
            }
            CharRange source = rule.source() != null && l.source() != null && rule.source().overlaps(l.source())
                    ? l.source() : rule.source();
            return new Candidate(rule.kind(), rule.content(), rule.cue(), source, rule.confidence(), rule.rule());
        }
        return rule;
    }

    private static boolean overlaps(Candidate candidate, CharRange range) {
        for (CharRange c : candidate.content()) {
            if (c.overlaps(range)) {
                return true;
            }
        }
        return false;
    }

    /** Indices of the paragraphs a char range touches. */
    private static List<Integer> paragraphs(Segmentation segmentation, CharRange range) {
        int tokens = segmentation.tokens().size();
        if (tokens == 0) {
            return List.of();
        }
        int first = Math.min(tokens - 1, segmentation.tokenAtOrAfter(range.start()));
        int last = Math.min(tokens - 1, segmentation.tokenAtOrAfter(Math.max(range.start(), range.end() - 1)));
        int from = segmentation.sentences().get(segmentation.sentenceOfToken(first)).paragraph();
        int to = segmentation.sentences().get(segmentation.sentenceOfToken(last)).paragraph();
        List<Integer> out = new ArrayList<>(to - from + 1);
        for (int p = from; p <= to; p++) {
            out.add(p);
        }
        return out;
    }
}
