package io.github.verbatim.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.eval.GoldDocument;
import io.github.verbatim.eval.PolnearCorpus;
import io.github.verbatim.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CueDoubtTrainerTest {

    @Test
    void learnsWhichFeaturesMarkWrongCues() {
        List<CueDoubtTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            examples.add(new CueDoubtTrainer.Example(List.of("cue=said", "next=that"), true));
            examples.add(new CueDoubtTrainer.Example(List.of("cue=to discuss", "next=the"), false));
        }
        examples.add(new CueDoubtTrainer.Example(List.of("cue=once"), false));
        Map<String, Double> w = CueDoubtTrainer.train(examples, 5, 1);
        CueDoubt doubt = new CueDoubt(w, 0);
        assertTrue(doubt.score(List.of("cue=said", "next=that")) > 0, w.toString());
        assertTrue(doubt.score(List.of("cue=to discuss", "next=the")) < 0, w.toString());
        assertFalse(w.containsKey("cue=once"), "a feature seen once is left out");
        assertThrows(IllegalArgumentException.class, () -> CueDoubtTrainer.train(examples, 0, 1));
    }

    /** On random labelled examples: the same examples, epochs and seed give the same weights, rounded to 1e-4. */
    @Test
    void trainingIsDeterministic() {
        Random random = new Random(20261128L);
        List<CueDoubtTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            List<String> f = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                f.add("f" + k + "=" + random.nextInt(5));
            }
            examples.add(new CueDoubtTrainer.Example(f, random.nextInt(3) > 0));
        }
        Map<String, Double> a = CueDoubtTrainer.train(examples, 3, 7);
        assertEquals(a, CueDoubtTrainer.train(examples, 3, 7));
        for (double v : a.values()) {
            assertEquals(v, Math.round(v * 10_000) / 10_000.0, 0.0);
            assertTrue(v != 0);
        }
    }

    @Test
    void trimsLikeTheScorer() {
        assertEquals(List.of(1, 5), CueDoubtTrainer.trimmed(" said, ", 0, 7));
        assertEquals(List.of(3, 7), CueDoubtTrainer.trimmed("“😀 said”", 0, 8));
        assertNull(CueDoubtTrainer.trimmed("“ ”", 0, 3));
    }

    /** The shipped model is what the documented recipe makes from PolNeAR train. */
    @Test
    void regeneratingReproducesTheShippedModel() throws IOException {
        Path train = SharedData.require("polnear/train");
        List<GoldDocument> docs = PolnearCorpus.load(train);
        Map<String, Double> w = CueDoubtTrainer.train(CueDoubtTrainer.examples(docs, Pipeline.withoutCueDoubt()),
                CueDoubtTrainer.EPOCHS, CueDoubtTrainer.SEED);
        StringWriter out = new StringWriter();
        CueDoubtTrainer.write(w, docs.size() + " articles of " + train.getFileName() + ", " + CueDoubtTrainer.EPOCHS
                + " epochs, seed " + CueDoubtTrainer.SEED, out);
        String shipped;
        try (InputStream in = CueDoubt.class.getResourceAsStream(CueDoubt.MODEL_RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(shipped, out.toString());
    }
}
