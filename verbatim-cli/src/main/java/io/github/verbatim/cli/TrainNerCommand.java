package io.github.verbatim.cli;

import io.github.verbatim.context.ner.FeatureHashing;
import io.github.verbatim.context.ner.NerTrainer;
import io.github.verbatim.context.ner.NerTrainingRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verbatim train ner}: trains the named-entity tagger on {@code shared/ner-silver}, prints its scores
 * on the held-apart slice and writes the model. Deterministic: the same data, options and seed give the same
 * file.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Train the named-entity tagger on the silver labels; print held-apart scores.")
public final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--shared", description = "The shared data folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "../shared")
    Path shared;

    @Option(names = {"-o", "--out"}, required = true, description = "Model file to write (gzip).")
    Path out;

    @Option(names = "--seed", description = "Shuffling seed (default: ${DEFAULT-VALUE}).", defaultValue = "42")
    long seed;

    @Option(names = "--epochs", description = "Passes over the data (default: ${DEFAULT-VALUE}).",
            defaultValue = "12")
    int epochs;

    @Option(names = "--bucket-bits", description = "log2 of the feature buckets (default: ${DEFAULT-VALUE}).",
            defaultValue = "17")
    int bucketBits;

    @Option(names = "--hashing", description = "Feature hashing: signed-no-bigrams or plain (default: "
            + "${DEFAULT-VALUE}).", defaultValue = "signed-no-bigrams")
    String hashing;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(shared.resolve("ner-silver"))) {
            spec.commandLine().getErr().println("verbatim: no ner-silver folder under " + shared.toAbsolutePath());
            return VerbatimCli.EXIT_USAGE;
        }
        NerTrainer.Config config = new NerTrainer.Config(epochs, seed, bucketBits, FeatureHashing.of(hashing));
        NerTrainingRun.Outcome outcome = NerTrainingRun.run(shared, config, System.out);
        outcome.model().write(out);
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
        return 0;
    }
}
