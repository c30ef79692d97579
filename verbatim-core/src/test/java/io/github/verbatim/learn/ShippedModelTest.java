package io.github.verbatim.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.eval.AttributionScorer;
import io.github.verbatim.eval.GoldDocument;
import io.github.verbatim.eval.PolnearCorpus;
import io.github.verbatim.eval.PolnearEvaluation;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped model: small, loaded by default, describes its training data, and keeps its PolNeAR dev scores
 * (pinned with a small tolerance, so that a regression in features, tagging or linking fails the build).
 */
class ShippedModelTest {

    private static final double TOLERANCE = 0.005;

    @Test
    void isSmallAndSaysWhatItWasTrainedOn() throws IOException {
        try (InputStream in = LearnedAttributor.class.getResourceAsStream(LearnedAttributor.MODEL_RESOURCE)) {
            byte[] file = in.readAllBytes();
            assertTrue(file.length < 50_000_000, "model file " + file.length + " bytes");
        }
        TaggerModel model = LearnedAttributor.standard().model();
        assertTrue(model.description().startsWith("PolNeAR train (840 articles)"), model.description());
        assertTrue(model.base() != null, "the shipped model is stacked");
    }

    @Test
    void findsAPlainDirectQuote() {
        String text = "“We will not back down,” the senator said on Tuesday.";
        DocumentResult r = LearnedAttributor.standard().process(Article.of("t", text));
        assertEquals(1, r.attributions().size(), r.attributions().toString());
        Attribution a = r.attributions().get(0);
        assertEquals(AttributionKind.DIRECT, a.kind());
        assertTrue(a.text().contains("We will not back down"), a.text());
        assertEquals("said", a.cueText());
        assertEquals("the senator", a.sourceText());
    }

    @Test
    void keepsItsPolnearDevScores() throws IOException {
        List<GoldDocument> dev = PolnearCorpus.load(SharedData.require("polnear/dev"));
        AttributionScorer scorer = PolnearEvaluation.run(dev, LearnedAttributor.standard()::process).scorer();
        AttributionScorer.Scores all = scorer.report(AttributionScorer.Subset.ALL);
        AttributionScorer.Scores quoted = scorer.report(AttributionScorer.Subset.QUOTED);
        assertEquals(PINNED_CONTENT_OVERLAP, all.contentOverlap().f1(), TOLERANCE, "content.overlap F1");
        assertEquals(PINNED_ATTRIBUTION, all.attribution().f1(), TOLERANCE, "attribution F1");
        assertEquals(PINNED_SOURCE_EXACT, all.sourceExact().f1(), TOLERANCE, "span.source.exact F1");
        assertEquals(PINNED_CUE_EXACT, all.cueExact().f1(), TOLERANCE, "span.cue.exact F1");
        assertEquals(PINNED_DIRECT_SOURCE_GIVEN_CONTENT, quoted.sourceGivenContent(), TOLERANCE,
                "direct.source|content");
    }

    // measured with the shipped model; see docs/accuracy.md
    private static final double PINNED_CONTENT_OVERLAP = 0.820;
    private static final double PINNED_ATTRIBUTION = 0.682;
    private static final double PINNED_SOURCE_EXACT = 0.695;
    private static final double PINNED_CUE_EXACT = 0.646;
    private static final double PINNED_DIRECT_SOURCE_GIVEN_CONTENT = 0.870;
}
