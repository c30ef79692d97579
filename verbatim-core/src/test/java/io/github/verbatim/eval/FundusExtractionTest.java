package io.github.verbatim.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.ingest.InputLimits;
import io.github.verbatim.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Pins HTML extraction quality on the fundus development set ({@code ../shared/html/fundus}), so a
 * regression fails the build. The acceptance targets are F1 0.93 over all pages and 0.95 over English
 * ones, title 0.95, date 0.90; floors are those targets where met, else just under the measured figure.
 */
class FundusExtractionTest {

    @Test
    void fundusScoresDoNotRegress() throws IOException {
        Path fundus = SharedData.require("html/fundus/manifest.jsonl").getParent();
        HtmlEvalReport report = new HtmlExtractionEvaluator(InputLimits.DEFAULTS).evaluate(fundus);
        System.out.print(report.summary());
        assertEquals(258, report.pages().size());
        assertTrue(report.meanF1() >= FLOOR_F1_ALL, "mean shingle F1 " + report.meanF1());
        assertTrue(report.meanF1English() >= FLOOR_F1_ENGLISH, "English F1 " + report.meanF1English());
        assertTrue(report.titleAccuracy() >= FLOOR_TITLE, "title accuracy " + report.titleAccuracy());
        assertTrue(report.dateAccuracy() >= 0.90, "date accuracy " + report.dateAccuracy() + " (target 0.90)");
    }

    // measured 0.959 / 0.962 / 0.919 (237/258) / 0.981: text and date meet the targets (pinned at them);
    // title does not (target 0.95; 15 of the 21 misses are pages whose JSON-LD headline and og:title are two
    // different headlines, where the gold follows one source or the other by publisher with nothing on the page
    // telling which, docs/ingest.md), so its floor guards the measured figure, less two pages, against regression
    private static final double FLOOR_F1_ALL = 0.93;
    private static final double FLOOR_F1_ENGLISH = 0.95;
    private static final double FLOOR_TITLE = 0.91;

    @Test
    void shingleScoreMatchesTheBenchmarkDefinition() {
        assertEquals(1.0, ShingleScore.of("", "").f1());
        assertEquals(1.0, ShingleScore.of("a b c d e", "a, b. c d e!").f1());
        ShingleScore s = ShingleScore.of("one two three four five six", "one two three four");
        assertEquals(1, s.truePositives());
        assertEquals(0, s.falsePositives());
        assertEquals(2, s.falseNegatives());
        assertEquals(0.0, ShingleScore.of("a b c d", "w x y z").f1());
    }
}
