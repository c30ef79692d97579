package io.github.verbatim.context.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.context.gazetteer.Gazetteer;
import io.github.verbatim.eval.Prf;
import io.github.verbatim.testing.SharedData;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the shipped model's scores (OpenNLP eval-test style), so a regression fails the build. Figures at the
 * time of pinning (2^17 buckets, signed hashing without word bigrams): held-apart silver slice PER+ORG+LOC F1
 * 0.871 (PER 0.910); hand-checked set PER+ORG+LOC F1 0.870 (all types 0.842).
 */
class NerModelScoresTest {

    private static final NerEvaluator EVALUATOR = new NerEvaluator(NerTagger.standard());

    @Test
    void heldApartSilverSlice() throws IOException {
        Path shared = SharedData.require("ner-silver");
        SharedData.require("news/news-mix.jsonl.gz");
        SharedData.require("polnear/train");
        List<NerDocument> held = SilverNerCorpus.load(shared.getParent()).documents().stream()
                .filter(d -> SilverNerCorpus.isHeldOut(d.id())).toList();
        NerScores scores = EVALUATOR.evaluate(held);
        System.out.println("NER, held-apart silver slice (" + held.size() + " documents):\n" + scores.format());
        Prf core = scores.perOrgLoc();
        assertTrue(core.f1() >= 0.87, "PER+ORG+LOC F1 " + core.f1() + " fell below the pinned 0.87\n" + scores.format());
        assertTrue(scores.of(EntityType.PER).f1() >= 0.90, scores.format());
    }

    @Test
    void handCheckedSet() throws IOException, URISyntaxException {
        Path file = Path.of(NerModelScoresTest.class.getResource("/context/ner/hand-checked.txt").toURI());
        List<NerDocument> docs = BracketedNerReader.read(file);
        NerScores scores = EVALUATOR.evaluate(docs);
        System.out.println("NER, hand-checked set (" + docs.size() + " documents):\n" + scores.format());
        assertTrue(docs.size() == 21, "seed article and 20 PolNeAR dev excerpts expected, got " + docs.size());
        assertTrue(scores.perOrgLoc().f1() >= 0.85, "PER+ORG+LOC F1 below 0.85\n" + scores.format());
        assertTrue(scores.all().f1() >= 0.83, "all-types F1 below the pinned 0.83\n" + scores.format());
    }

    @Test
    void shippedModelRecordsItsTraining() {
        NerModel model = NerTagger.standard().model();
        assertTrue(model.provenance().get("data").contains("ner-silver"), model.provenance().toString());
        assertTrue(model.provenance().containsKey("seed"), model.provenance().toString());
        assertTrue(model.hashing() == FeatureHashing.SIGNED_NO_BIGRAMS && model.bucketBits() == 17,
                model.provenance().toString());
        assertTrue(FeatureHashing.SIGNED_NO_BIGRAMS.id().equals(model.provenance().get("hashing")),
                model.provenance().toString());
        assertTrue(Gazetteer.standard().size() > 300);
    }
}
