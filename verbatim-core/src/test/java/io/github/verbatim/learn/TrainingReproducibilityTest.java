package io.github.verbatim.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.eval.AttributionScorer;
import io.github.verbatim.eval.GoldDocument;
import io.github.verbatim.eval.PolnearCorpus;
import io.github.verbatim.eval.PolnearEvaluation;
import io.github.verbatim.testing.SharedData;
import io.github.verbatim.text.Segmenter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Training from scratch is deterministic: the same articles, settings and seed give byte-identical model files
 * and identical dev scores; another seed gives other weights. Runs the full stacked training (jackknife and
 * both passes) on a small PolNeAR subset so that it stays fast enough for CI.
 */
class TrainingReproducibilityTest {

    private static byte[] bytes(TaggerModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaggerModelFormat.write(model, out);
        return out.toByteArray();
    }

    @Test
    void sameSeedSameModelAndScores() throws IOException {
        List<GoldDocument> train = PolnearCorpus.load(SharedData.require("polnear/train")).subList(0, 60);
        List<GoldDocument> dev = PolnearCorpus.load(SharedData.require("polnear/dev")).subList(0, 20);
        AttributionTrainer.Settings settings = AttributionTrainer.Settings.standard(3, 11);
        TaggerModel first = new AttributionTrainer(new Segmenter(), settings).train(train, "subset", null);
        TaggerModel second = new AttributionTrainer(new Segmenter(), settings).train(train, "subset", null);
        assertArrayEquals(bytes(first), bytes(second));

        AttributionScorer.Scores a = PolnearEvaluation.run(dev, new LearnedAttributor(first)::process).scorer()
                .report(AttributionScorer.Subset.ALL);
        AttributionScorer.Scores b = PolnearEvaluation.run(dev, new LearnedAttributor(second)::process).scorer()
                .report(AttributionScorer.Subset.ALL);
        assertEquals(a, b);
        // even 60 articles and 3 epochs learn something real
        assertTrue(a.contentOverlap().f1() > 0.4, "content.overlap F1 " + a.contentOverlap().f1());

        TaggerModel otherSeed = new AttributionTrainer(new Segmenter(), AttributionTrainer.Settings.standard(3, 12))
                .train(train, "subset", null);
        assertFalse(java.util.Arrays.equals(first.weights(), otherSeed.weights()));
    }
}
