package io.github.verbatim.pipeline;

import io.github.verbatim.clean.ResidueSpan;
import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CandidateStage;
import io.github.verbatim.extract.ExtractionInput;
import io.github.verbatim.learn.LearnedCandidates;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.extract.CueLexicon;
import io.github.verbatim.extract.CueMatch;
import io.github.verbatim.extract.CueSubjects;
import io.github.verbatim.extract.SubjectlessCues;
import io.github.verbatim.extract.TokenText;
import io.github.verbatim.model.AttributionKind;
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
 *       content and overlaps its source, its extent of that source is kept. The exception is a further
 *       statement of the same paragraph that the rules missed ("“…,” he said. But, he said, officials should
 *       …"): a learned candidate whose content, cue and source touch no strong rule candidate is kept when its
 *       cue holds a common reporting expression ({@link #COMMON_CUE_ANNOTATED} annotations and precision
 *       {@link #COMMON_CUE_PRECISION} in the rules' cue lexicon), so that the tagger's rarer guesses ("are
 *       aware") never enter a paragraph the rules read confidently.</li>
 *   <li>Elsewhere the learned candidates are kept: they find indirect speech, unusual cues and statements
 *       spanning sentences that the rules miss.</li>
 *   <li>A weaker rule candidate is added only where no kept candidate overlaps its content, and, for reported
 *       speech, only when its source reads as the subject of its cue ({@link CueSubjects#asSubject}: not
 *       "pollution credits", where the rule took a noun for a reporting verb). A weak rule quotation that does
 *       not fill a gap lends its cue and source to each learned candidate holding part of its content when
 *       the tagger found that part with neither.</li>
 *   <li>Learned candidates whose content touches scraping residue are dropped (residue is never part of a
 *       statement).</li>
 *   <li>The merged candidates are completed ({@code completed}): a learned cue without a source takes the
 *       subject the rules find for it, an inverted source its apposition, a source ending on a conjunction
 *       ("… sponsored by NBC News and said") the sentence's subject, a quotation with neither cue nor source
 *       right after a colon the subject of the clause ending there, a passive cue its by-agent ("was written
 *       by Springsteen"), and a cue loses the object it ends with.</li>
 *   <li>A statement running on over a second report of its own ("…, and she urged …", "…, adding that …")
 *       is split in two ({@link InnerReport}).</li>
 *   <li>A statement heard second-hand ("“…,” Walker said, according to an AP account") is credited to the
 *       account ({@link SecondHandSource}).</li>
 *   <li>A source ending in a verb group's words ("my father often") loses them, and one cut short inside a
 *       relative clause loses the clause's start ("Mr. Paulson, who made billions" becomes "Mr. Paulson"), by
 *       {@link SourceBoundary}.</li>
 *   <li>Every cue is brought to the annotators' edges by {@link CueBoundary} ("said" after "has also" becomes
 *       "has also said"; after the source step, so "often said" can take the adverb the source gave up).</li>
 * </ol>
 *
 * The threshold and the paragraph rule were chosen on PolNeAR dev (see docs/accuracy.md). Stateless and
 * thread-safe.
 */
public final class CandidateArbiter implements CandidateStage {

    /** Rule confidence from which a rule candidate owns its paragraph. */
    public static final double STRONG = 0.8;
    /** Least times a cue phrase was annotated in PolNeAR train for a learned statement to join an owned paragraph. */
    public static final int COMMON_CUE_ANNOTATED = 10;
    /** Least share of a cue phrase's occurrences annotated as a cue, for the same. */
    public static final double COMMON_CUE_PRECISION = 0.3;

    /** Credits statements heard second-hand to their account; run here rather than as a stage of its own. */
    private static final SecondHandSource SECOND_HAND = new SecondHandSource();

    private final LearnedCandidates learned;
    private final CueLexicon cues;

    /** An arbiter merging the rules' candidates with those of {@code learned}, with the shipped cue lexicon. */
    public CandidateArbiter(LearnedCandidates learned) {
        this(learned, CueLexicon.standard());
    }

    /** An arbiter merging the rules' candidates with those of {@code learned}; {@code cues} tells common cues. */
    public CandidateArbiter(LearnedCandidates learned, CueLexicon cues) {
        this.learned = Objects.requireNonNull(learned, "learned");
        this.cues = Objects.requireNonNull(cues, "cues");
    }

    /** The rule candidates so far merged with the learned candidates for the same article. */
    @Override
    public List<Candidate> apply(ExtractionInput input, List<Candidate> candidates) {
        CueSubjects subjects = new CueSubjects(input, cues);
        List<Candidate> merged = arbitrate(input.segmentation(), input.forms(), cues, candidates,
                learned.extract(input.segmentation()), input.residue(), subjects);
        List<Candidate> split = InnerReport.split(input.segmentation(), input.forms(), cues, completed(subjects, merged));
        return SubjectlessCues.withoutSubjects(input.article().text(), CueBoundary.applied(input,
                SourceBoundary.applied(input.segmentation(), SECOND_HAND.apply(input, split))));
    }

    /**
     * {@code merged} (from the document {@code subjects} reads) with a source for each learned candidate whose
     * cue the tagger found without one, taken by
     * the rules' noun-phrase heuristics from the cue's sentence, and with each source that follows its cue
     * extended over an apposition running to the end of the sentence ("said Jon Alterman, a Middle East
     * analyst with ...", as PolNeAR annotates it), and each cue without the object it ends with ("told
     * reporters" becomes "told"); see {@link CueSubjects}.
     */
    static List<Candidate> completed(CueSubjects subjects, List<Candidate> merged) {
        List<Candidate> out = null;
        for (int i = 0; i < merged.size(); i++) {
            Candidate c = merged.get(i);
            if (c.cue() != null) {
                CharRange agent = subjects.passiveAgent(c.cue(), c.content());
                if (agent != null && !agent.equals(c.source()) && !overlapsContent(c, agent)) {
                    c = new Candidate(c.kind(), c.content(), c.cue(), agent, c.confidence(), c.rule());
                    if (out == null) {
                        out = new ArrayList<>(merged);
                    }
                    out.set(i, c);
                }
                CharRange trimmed = subjects.withoutObject(c.cue());
                if (!trimmed.equals(c.cue())) {
                    c = new Candidate(c.kind(), c.content(), trimmed, c.source(), c.confidence(), c.rule());
                    if (out == null) {
                        out = new ArrayList<>(merged);
                    }
                    out.set(i, c);
                }
            }
            if (c.cue() != null && c.source() != null && c.source().end() <= c.cue().start()) {
                CharRange subject = subjects.withCoordinatedSubject(c.source(), c.cue());
                if (!subject.equals(c.source()) && !overlapsContent(c, subject)) {
                    if (out == null) {
                        out = new ArrayList<>(merged);
                    }
                    c = new Candidate(c.kind(), c.content(), c.cue(), subject, c.confidence(), c.rule());
                    out.set(i, c);
                }
                continue;
            }
            if (c.cue() != null && c.source() != null && c.source().start() >= c.cue().end()) {
                CharRange extended = subjects.withApposition(c.source(), c.cue());
                if (!extended.equals(c.source()) && !overlapsContent(c, extended)) {
                    if (out == null) {
                        out = new ArrayList<>(merged);
                    }
                    out.set(i, new Candidate(c.kind(), c.content(), c.cue(), extended, c.confidence(), c.rule()));
                }
                continue;
            }
            if (c.cue() == null && c.source() == null) {
                CharRange[] speaker = subjects.colonSpeaker(c.content().get(0));
                if (speaker != null && !overlapsContent(c, speaker[0]) && !overlapsContent(c, speaker[1])) {
                    if (out == null) {
                        out = new ArrayList<>(merged);
                    }
                    out.set(i, new Candidate(c.kind(), c.content(), speaker[1], speaker[0], c.confidence(), c.rule()));
                }
                continue;
            }
            if (c.cue() == null || c.source() != null || !LearnedCandidates.RULE.equals(c.rule())) {
                continue;
            }
            CharRange source = subjects.sourceOf(c.cue());
            if (source == null || overlapsContent(c, source)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(merged);
            }
            out.set(i, new Candidate(c.kind(), c.content(), c.cue(), source, c.confidence(), c.rule()));
        }
        return out == null ? merged : out;
    }

    /**
     * True for a weak rule candidate of reported speech, whose source must read as the subject of its cue
     * before it fills a gap ("pollution credits", "If the rules survive" do not): the tagger left that gap,
     * and the rule then mostly took a noun for a reporting verb. Direct quotations and candidates without a
     * source or cue are not checked.
     */
    private static boolean needsSubjectCheck(CueSubjects subjects, Candidate r) {
        return subjects != null && r.kind() != AttributionKind.DIRECT && r.source() != null && r.cue() != null;
    }

    private static boolean overlapsContent(Candidate c, CharRange range) {
        for (CharRange r : c.content()) {
            if (r.overlaps(range)) {
                return true;
            }
        }
        return false;
    }

    /** The merged candidates, ordered by content start. */
    static List<Candidate> arbitrate(Segmentation segmentation, TokenText forms, CueLexicon cues,
            List<Candidate> rules, List<Candidate> learned, List<ResidueSpan> residue) {
        return arbitrate(segmentation, forms, cues, rules, learned, residue, null);
    }

    static List<Candidate> arbitrate(Segmentation segmentation, TokenText forms, CueLexicon cues,
            List<Candidate> rules, List<Candidate> learned, List<ResidueSpan> residue, CueSubjects subjects) {
        Objects.requireNonNull(segmentation, "segmentation");
        OverlapIndex learnedContent = new OverlapIndex();
        for (int i = 0; i < learned.size(); i++) {
            for (CharRange c : learned.get(i).content()) {
                learnedContent.add(c, i);
            }
        }
        OverlapIndex residueIndex = new OverlapIndex();
        for (ResidueSpan r : residue) {
            residueIndex.add(new CharRange(r.start(), r.end()), 0);
        }
        Set<Integer> ownedParagraphs = new HashSet<>();
        List<Candidate> out = new ArrayList<>(rules.size() + learned.size());
        OverlapIndex keptContent = new OverlapIndex();
        OverlapIndex strongContentAndCues = new OverlapIndex();
        for (Candidate r : rules) {
            if (r.confidence() >= STRONG) {
                Candidate kept = withLearnedBoundaries(r, learned, learnedContent);
                keep(kept, out, keptContent);
                if (kept.cue() != null) {
                    strongContentAndCues.add(kept.cue(), 0);
                }
                for (CharRange c : r.content()) {
                    strongContentAndCues.add(c, 0);
                    ownedParagraphs.addAll(paragraphs(segmentation, c));
                }
            }
        }
        for (Candidate l : learned) {
            boolean keep = true;
            boolean inOwnedParagraph = false;
            for (CharRange c : l.content()) {
                for (int p : paragraphs(segmentation, c)) {
                    inOwnedParagraph |= ownedParagraphs.contains(p);
                }
                keep &= !residueIndex.overlapsAny(c);
                keep &= !keptContent.overlapsAny(c);
            }
            if (keep && inOwnedParagraph) {
                keep = !touches(strongContentAndCues, l) && hasCommonCue(segmentation, forms, cues, l);
            }
            if (keep) {
                keep(l, out, keptContent);
            }
        }
        for (Candidate r : rules) {
            if (r.confidence() >= STRONG) {
                continue;
            }
            boolean free = true;
            for (CharRange c : r.content()) {
                free &= !keptContent.overlapsAny(c);
            }
            if (!free) {
                if (!PostposedReport.takeOver(r, out, keptContent)) {
                    lendSpeaker(r, out, keptContent);
                }
                continue;
            }
            if (needsSubjectCheck(subjects, r)) {
                CharRange subject = subjects.asSubject(r.source(), r.cue());
                if (subject == null) {
                    continue;
                }
                r = new Candidate(r.kind(), r.content(), r.cue(), subject, r.confidence(), r.rule());
            }
            if (free) {
                keep(r, out, keptContent);
            }
        }
        out.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        return out;
    }

    /**
     * Gives the cue and source of the weak rule quotation {@code rule} to every kept learned candidate sharing
     * part of its content when the tagger found that part with neither cue nor source: the quotation's speaker,
     * read by the rules from a cue before or after it ("The New York Times reports:" over a quotation running
     * across paragraphs, which the tagger may cut into several pieces), is better than none.
     */
    private static void lendSpeaker(Candidate rule, List<Candidate> out, OverlapIndex keptContent) {
        if (rule.kind() != AttributionKind.DIRECT || rule.source() == null || rule.cue() == null) {
            return;
        }
        for (CharRange c : rule.content()) {
            if (keptContent.firstOwnerOverlapping(c) == Integer.MAX_VALUE) {
                continue;
            }
            // every piece the tagger cut the quotation into ("“A. ¶ B. ¶ C.”" over paragraphs) shares its speaker
            for (int owner = 0; owner < out.size(); owner++) {
                Candidate k = out.get(owner);
                if (k.cue() == null && k.source() == null && LearnedCandidates.RULE.equals(k.rule())
                        && overlapsContent(k, c) && !overlapsContent(k, rule.source())
                        && !overlapsContent(k, rule.cue())) {
                    out.set(owner, new Candidate(k.kind(), k.content(), rule.cue(), rule.source(), k.confidence(),
                            k.rule()));
                }
            }
        }
    }

    private static void keep(Candidate candidate, List<Candidate> out, OverlapIndex keptContent) {
        for (CharRange c : candidate.content()) {
            keptContent.add(c, out.size());
        }
        out.add(candidate);
    }

    /**
     * {@code rule} with the source extent of the learned candidate sharing its content, where it overlaps the
     * rule's own: the rule is right about who, the tagger (trained on annotated news) about where the mention
     * starts and ends ("Senator Ted Cruz of Texas"). Measured on PolNeAR dev, taking the tagger's cue extent
     * as well gains nothing. The first learned candidate in list order that shares content decides.
     */
    private static Candidate withLearnedBoundaries(Candidate rule, List<Candidate> learned,
            OverlapIndex learnedContent) {
        int first = Integer.MAX_VALUE;
        for (CharRange c : rule.content()) {
            first = Math.min(first, learnedContent.firstOwnerOverlapping(c));
        }
        if (first == Integer.MAX_VALUE) {
            return rule;
        }
        Candidate l = learned.get(first);
        CharRange source = rule.source() != null && l.source() != null && rule.source().overlaps(l.source())
                ? l.source() : rule.source();
        return new Candidate(rule.kind(), rule.content(), rule.cue(), source, rule.confidence(), rule.rule());
    }

    /** True when the content, cue or source of {@code l} overlaps a content or cue range of the strong candidates. */
    private static boolean touches(OverlapIndex strongContentAndCues, Candidate l) {
        for (CharRange c : l.content()) {
            if (strongContentAndCues.overlapsAny(c)) {
                return true;
            }
        }
        return l.cue() != null && strongContentAndCues.overlapsAny(l.cue())
                || l.source() != null && strongContentAndCues.overlapsAny(l.source());
    }

    /** True when a phrase of the cue lexicon annotated often and precisely starts inside the cue of {@code l}. */
    private static boolean hasCommonCue(Segmentation segmentation, TokenText forms, CueLexicon cues, Candidate l) {
        if (l.cue() == null) {
            return false;
        }
        int tokens = segmentation.tokens().size();
        for (int t = segmentation.tokenAtOrAfter(l.cue().start());
                t < tokens && segmentation.tokens().get(t).start() < l.cue().end(); t++) {
            CueMatch m = cues.match(forms, t);
            if (m != null && m.entry().annotated() >= COMMON_CUE_ANNOTATED
                    && m.entry().precision() >= COMMON_CUE_PRECISION) {
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
