package io.github.verbatim.context.ner;

import io.github.verbatim.context.gazetteer.Gazetteer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One end-to-end training run on the silver data: load {@code shared/ner-silver}, hold apart the fixed slice
 * ({@link SilverNerCorpus#isHeldOut}), train on the rest except the PolNeAR dev split (kept unseen for the
 * hand-checked set, which is drawn from it), score on the slice. Used by the {@code verbatim train ner}
 * command.
 */
public final class NerTrainingRun {

    /**
     * What a run produced.
     *
     * @param model          the trained model
     * @param heldOut        its scores on the held-apart slice
     * @param trainDocuments documents trained on
     * @param heldOutDocuments documents scored
     */
    public record Outcome(NerModel model, NerScores heldOut, int trainDocuments, int heldOutDocuments) {
    }

    /** Ids of the PolNeAR dev split, never trained on. */
    public static final String DEV_PREFIX = "polnear/dev/";

    private NerTrainingRun() {
    }

    /** Trains with {@code config} on the silver data under {@code shared}, logging progress to {@code log}. */
    public static Outcome run(Path shared, NerTrainer.Config config, PrintStream log) throws IOException {
        long t0 = System.nanoTime();
        SilverNerCorpus.Result corpus = SilverNerCorpus.load(shared);
        List<NerDocument> train = new ArrayList<>();
        List<NerDocument> held = new ArrayList<>();
        for (NerDocument d : corpus.documents()) {
            if (SilverNerCorpus.isHeldOut(d.id())) {
                held.add(d);
            } else if (!d.id().startsWith(DEV_PREFIX)) {
                train.add(d);
            }
        }
        log.printf("read %d documents (%d without text) in %.1f s; training on %d, holding apart %d%n",
                corpus.documents().size(), corpus.missingTexts().size(), (System.nanoTime() - t0) / 1e9,
                train.size(), held.size());
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("data", "shared/ner-silver/" + String.join(",", SilverNerCorpus.FILES)
                + " (Stanford CoreNLP 4.5.10 silver labels; PolNeAR train/dev and BBC News texts)");
        provenance.put("heldOut", "CRC-32(id) % 10 == 0 excluded from training and scored");
        provenance.put("excluded", "polnear/dev/* (source of the hand-checked set) not trained on");
        long t1 = System.nanoTime();
        NerModel model = new NerTrainer(config, Gazetteer.standard()).train(train, provenance);
        log.printf("trained %s in %.1f s%n", model.provenance(), (System.nanoTime() - t1) / 1e9);
        NerScores scores = new NerEvaluator(new NerTagger(model, Gazetteer.standard())).evaluate(held);
        log.print(scores.format());
        return new Outcome(model, scores, train.size(), held.size());
    }

}
