package io.github.verbatim.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.eval.AttributionScorer;
import io.github.verbatim.extract.CueLexicon;
import io.github.verbatim.eval.EvalReportFormatter;
import io.github.verbatim.eval.GoldDocument;
import io.github.verbatim.eval.PolnearCorpus;
import io.github.verbatim.eval.PolnearEvaluation;
import io.github.verbatim.testing.SharedData;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the rule-based pipeline's scores on PolNeAR dev (DESIGN.md's metrics) a little under what it
 * measured, so a regression fails the build. It runs the rules alone ({@code new
 * Pipeline(CueLexicon.standard())}); {@link StandardPipelineDevScoresTest} pins the standard pipeline with the
 * learned model. Issue 2's targets: direct.recall 0.90, direct.source|content
 * 0.85, content.overlap F1 0.55, attribution F1 0.45.
 */
class PolnearDevScoresTest {

    /** How far a score may fall below the measured figure before the build fails. */
    private static final double TOLERANCE = 0.01;

    @Test
    void devScoresHold() throws IOException {
        List<GoldDocument> gold = PolnearCorpus.load(SharedData.require("polnear/dev"));
        PolnearEvaluation run = PolnearEvaluation.run(gold, new Pipeline(CueLexicon.standard())::process);
        AttributionScorer.Scores all = run.scorer().report(AttributionScorer.Subset.ALL);
        AttributionScorer.Scores quoted = run.scorer().report(AttributionScorer.Subset.QUOTED);
        String report = String.join("\n", EvalReportFormatter.lines(run.scorer()));
        System.out.println(report);
        atLeast("direct.recall", quoted.contentOverlap().recall(), 0.928, report);
        atLeast("direct.source|content", quoted.sourceGivenContent(), 0.871, report);
        atLeast("content.overlap F1", all.contentOverlap().f1(), 0.710, report);
        atLeast("attribution F1", all.attribution().f1(), 0.596, report);
        atLeast("span.source.exact F1", all.sourceExact().f1(), 0.553, report);
        atLeast("span.cue.exact F1", all.cueExact().f1(), 0.553, report);
    }

    private static void atLeast(String metric, double value, double measured, String report) {
        assertTrue(value >= measured - TOLERANCE, metric + " fell to " + value + " (pinned " + measured + ")\n" + report);
    }
}
