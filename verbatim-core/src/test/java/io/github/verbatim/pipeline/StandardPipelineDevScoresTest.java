package io.github.verbatim.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.verbatim.eval.AttributionScorer;
import io.github.verbatim.eval.GoldDocument;
import io.github.verbatim.eval.PolnearCorpus;
import io.github.verbatim.eval.PolnearEvaluation;
import io.github.verbatim.testing.SharedData;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the standard pipeline's (rules merged with the shipped learned model) PolNeAR dev scores, the figures
 * {@code verbatim eval polnear} reports, with a small tolerance; see docs/accuracy.md.
 */
class StandardPipelineDevScoresTest {

    private static final double TOLERANCE = 0.005;

    @Test
    void keepsItsPolnearDevScores() throws IOException {
        List<GoldDocument> dev = PolnearCorpus.load(SharedData.require("polnear/dev"));
        AttributionScorer scorer = PolnearEvaluation.run(dev, Pipeline.standard()::process).scorer();
        AttributionScorer.Scores all = scorer.report(AttributionScorer.Subset.ALL);
        AttributionScorer.Scores quoted = scorer.report(AttributionScorer.Subset.QUOTED);
        assertEquals(0.816, all.contentOverlap().f1(), TOLERANCE, "content.overlap F1");
        assertEquals(0.715, all.attribution().f1(), TOLERANCE, "attribution F1");
        assertEquals(0.723, all.sourceExact().f1(), TOLERANCE, "span.source.exact F1");
        assertEquals(0.688, all.cueExact().f1(), TOLERANCE, "span.cue.exact F1");
        assertEquals(0.936, quoted.sourceGivenContent(), TOLERANCE, "direct.source|content");
        assertEquals(0.966, quoted.contentOverlap().recall(), TOLERANCE, "direct.recall");
    }
}
