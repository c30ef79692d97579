package io.github.verbatim.cli;

import io.github.verbatim.context.gazetteer.Gazetteer;
import io.github.verbatim.context.ner.BracketedNerReader;
import io.github.verbatim.context.ner.NerDocument;
import io.github.verbatim.context.ner.NerEvaluator;
import io.github.verbatim.context.ner.NerModel;
import io.github.verbatim.context.ner.NerTagger;
import io.github.verbatim.context.ner.SilverNerCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verbatim eval ner}: prints per-type precision, recall and F1 of a named-entity model on the
 * held-apart silver slice and, when given, on a hand-labelled file in the bracketed format of
 * {@link BracketedNerReader}.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Score the named-entity tagger per type (held-apart silver slice, hand-checked set).")
public final class EvalNerCommand implements Callable<Integer> {

    @Option(names = "--shared", description = "The shared data folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "../shared")
    Path shared;

    @Option(names = "--model", description = "Model file (default: the shipped model).")
    Path model;

    @Option(names = "--hand-checked", description = "Bracketed hand-labelled file to score as well.")
    Path handChecked;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        NerModel m = model == null ? NerModel.loadDefault() : NerModel.load(model);
        NerEvaluator evaluator = new NerEvaluator(new NerTagger(m, Gazetteer.standard()));
        System.out.println("model: " + m.provenance());
        if (Files.isDirectory(shared.resolve("ner-silver"))) {
            List<NerDocument> held = SilverNerCorpus.load(shared).documents().stream()
                    .filter(d -> SilverNerCorpus.isHeldOut(d.id())).toList();
            System.out.println("held-apart silver slice (" + held.size() + " documents):");
            System.out.print(evaluator.evaluate(held).format());
        } else {
            spec.commandLine().getErr().println("verbatim: no ner-silver under " + shared.toAbsolutePath()
                    + "; skipping the silver slice");
        }
        if (handChecked != null) {
            List<NerDocument> docs = BracketedNerReader.read(handChecked);
            System.out.println("hand-checked set " + handChecked + " (" + docs.size() + " documents):");
            System.out.print(evaluator.evaluate(docs).format());
        }
        return 0;
    }
}
