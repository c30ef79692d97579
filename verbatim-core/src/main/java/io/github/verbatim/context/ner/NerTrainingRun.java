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
 * ({@link SilverNerCorpus#isHeldOut}), train on the rest, score on the slice, write the model. Used by the
 * {@code verbatim train ner} command.
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

    private NerTrainingRun() {
    }

    /** Trains with {@code config} on the silver data under {@code shared}, logging progress to {@code log}. */
    public static Outcome run(Path shared, NerTrainer.Config config, PrintStream log) throws IOException {
        long t0 = System.nanoTime();
        SilverNerCorpus.Result corpus = SilverNerCorpus.load(shared);
        List<NerDocument> train = new ArrayList<>();
        List<NerDocument> held = new ArrayList<>();
        for (NerDocument d : corpus.documents()) {
            (SilverNerCorpus.isHeldOut(d.id()) ? held : train).add(d);
        }
        log.printf("read %d documents (%d without text) in %.1f s; training on %d, holding apart %d%n",
                corpus.documents().size(), corpus.missingTexts().size(), (System.nanoTime() - t0) / 1e9,
                train.size(), held.size());
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("data", "shared/ner-silver/" + String.join(",", SilverNerCorpus.FILES)
                + " (Stanford CoreNLP 4.5.10 silver labels; PolNeAR train/dev and BBC News texts)");
        provenance.put("heldOut", "CRC-32(id) % 10 == 0 excluded from training");
        long t1 = System.nanoTime();
        NerModel model = new NerTrainer(config, Gazetteer.standard()).train(train, provenance);
        log.printf("trained %s in %.1f s%n", model.provenance(), (System.nanoTime() - t1) / 1e9);
        NerScores scores = new NerEvaluator(new NerTagger(model, Gazetteer.standard())).evaluate(held);
        log.print(scores.format());
        return new Outcome(model, scores, train.size(), held.size());
    }

    /** Command-line entry for development: {@code shared-dir output-file [epochs] [seed] [bits]}. */
    public static void main(String[] args) throws IOException {
        NerTrainer.Config d = NerTrainer.Config.defaults();
        NerTrainer.Config config = new NerTrainer.Config(
                args.length > 2 ? Integer.parseInt(args[2]) : d.epochs(),
                args.length > 3 ? Long.parseLong(args[3]) : d.seed(),
                args.length > 4 ? Integer.parseInt(args[4]) : d.bucketBits());
        Outcome outcome = run(Path.of(args[0]), config, System.out);
        outcome.model().write(Path.of(args[1]));
    }
}
