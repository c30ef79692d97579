package io.github.verbatim.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.Span;
import io.github.verbatim.testing.SharedData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AttributionScorerTest {

    private static final String TEXT = "“We will win,” Smith said. The mayor added that taxes would fall.";

    private static Attribution attribution(List<Span> content, List<Span> cue, List<Span> source) {
        return new Attribution(AttributionKind.DIRECT, content, cue, source, "", "", "", null, 1.0);
    }

    private static DocumentResult result(Article article, List<Attribution> attributions) {
        return new DocumentResult(article, attributions, List.of(), List.of(), List.of());
    }

    private static GoldAttribution gold(String id, Span content, Span cue, Span source) {
        return new GoldAttribution(id, List.of(content), List.of(cue), List.of(source));
    }

    private final Article article = Article.of("t", TEXT);
    // “We will win,”=0..14  Smith=15..20 said=21..25 ; The mayor=27..36 added=37..42 that taxes would fall=43..63
    private final GoldDocument goldDoc = new GoldDocument(article, List.of(
            gold("E1", new Span(0, 14), new Span(21, 25), new Span(15, 20)),
            gold("E2", new Span(43, 64), new Span(37, 42), new Span(27, 36))), "test.ann");

    @Test
    void perfectPredictionScoresOne() {
        AttributionScorer scorer = new AttributionScorer();
        scorer.add(goldDoc, result(article, List.of(
                attribution(List.of(new Span(0, 14)), List.of(new Span(21, 25)), List.of(new Span(15, 20))),
                attribution(List.of(new Span(43, 64)), List.of(new Span(37, 42)), List.of(new Span(27, 36))))));
        AttributionScorer.Scores s = scorer.report(AttributionScorer.Subset.ALL);
        assertEquals(1.0, s.contentOverlap().f1());
        assertEquals(1.0, s.attribution().f1());
        assertEquals(1.0, s.sourceExact().f1());
        assertEquals(1.0, s.sourceGivenContent());
        assertEquals(1, scorer.report(AttributionScorer.Subset.QUOTED).contentOverlap().gold());
    }

    @Test
    void exactMetricsTrimQuotesAndPunctuationButOverlapNeedsSharedText() {
        AttributionScorer scorer = new AttributionScorer();
        scorer.add(goldDoc, result(article, List.of(
                // content without the quotation marks: still exact after trimming
                attribution(List.of(new Span(1, 12)), List.of(new Span(21, 25)), List.of(new Span(27, 36))),
                // a span over only white space between sentences overlaps nothing
                attribution(List.of(new Span(26, 27)), List.of(), List.of()))));
        AttributionScorer.Scores s = scorer.report(AttributionScorer.Subset.ALL);
        assertEquals(1, s.contentOverlap().matchedGold());
        assertEquals(0.5, s.contentOverlap().precision());
        assertEquals(1, s.contentExact().matchedGold());
        // the source points at the wrong person: content matches, attribution does not
        assertEquals(0, s.attribution().matchedGold());
        assertEquals(0.0, s.sourceGivenContent());
        assertEquals(1, s.cueExact().matchedGold());
    }

    @Test
    void oneToOneMatchingCountsAPredictionOnce() {
        AttributionScorer scorer = new AttributionScorer();
        scorer.add(goldDoc, result(article, List.of(
                attribution(List.of(new Span(0, 64)), List.of(), List.of()))));
        AttributionScorer.Scores s = scorer.report(AttributionScorer.Subset.ALL);
        assertEquals(1, s.contentOverlap().matchedGold());
        assertEquals(2, s.contentOverlap().gold());
        assertEquals(1.0, s.contentOverlap().precision());
    }

    /** Seeded random predictions: every figure stays within [0, 1] and counts stay consistent. */
    @Test
    void randomPredictionsKeepFiguresInRange() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            List<Attribution> predicted = new ArrayList<>();
            int n = random.nextInt(5);
            for (int i = 0; i < n; i++) {
                int s = random.nextInt(TEXT.length());
                int e = s + 1 + random.nextInt(TEXT.length() - s);
                predicted.add(attribution(List.of(new Span(s, e)), List.of(),
                        random.nextBoolean() ? List.of() : List.of(new Span(s, Math.min(e, s + 3)))));
            }
            AttributionScorer scorer = new AttributionScorer();
            scorer.add(goldDoc, result(article, predicted));
            AttributionScorer.Scores s = scorer.report(AttributionScorer.Subset.ALL);
            for (Prf p : List.of(s.contentOverlap(), s.contentExact(), s.attribution(), s.sourceExact(),
                    s.cueExact(), s.contentSpanExact())) {
                assertTrue(p.precision() >= 0 && p.precision() <= 1 && p.recall() >= 0 && p.recall() <= 1);
            }
            assertTrue(s.attribution().matchedGold() <= s.contentOverlap().matchedGold() + n);
        }
    }

    /** The real dev split scored against itself must be perfect: checks the reader and scorer agree. */
    @Test
    void polnearDevAgainstItselfIsPerfect() throws IOException {
        List<GoldDocument> docs = PolnearCorpus.load(SharedData.require("polnear/dev"));
        assertEquals(84, docs.size());
        AttributionScorer scorer = new AttributionScorer();
        int golds = 0;
        for (GoldDocument d : docs) {
            List<Attribution> as = new ArrayList<>();
            for (GoldAttribution g : d.attributions()) {
                as.add(attribution(g.content(), g.cue(), g.source()));
                golds++;
            }
            scorer.add(d, result(d.article(), as));
        }
        assertTrue(golds > 2000, "dev has over 2,000 attributions, read " + golds);
        AttributionScorer.Scores s = scorer.report(AttributionScorer.Subset.ALL);
        assertEquals(1.0, s.contentOverlap().f1(), 1e-9);
        assertEquals(1.0, s.attribution().f1(), 1e-9);
        assertEquals(1.0, s.sourceGivenContent(), 1e-9);
        assertTrue(docs.get(0).article().metadata().published() != null, "metadata.tsv dates are read");
    }
}
