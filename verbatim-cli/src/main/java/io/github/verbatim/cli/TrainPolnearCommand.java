package io.github.verbatim.cli;

import io.github.verbatim.eval.EvalReportFormatter;
import io.github.verbatim.eval.GoldDocument;
import io.github.verbatim.eval.PolnearCorpus;
import io.github.verbatim.eval.PolnearEvaluation;
import io.github.verbatim.learn.AttributionTrainer;
import io.github.verbatim.learn.FeatureGroup;
import io.github.verbatim.learn.LearnedAttributor;
import io.github.verbatim.learn.TaggerModel;
import io.github.verbatim.learn.TaggerModelFormat;
import io.github.verbatim.text.Segmenter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code verbatim train polnear DIR --out FILE}: trains the attribution tagger on a PolNeAR split and writes
 * the model file (the shipped one is {@code verbatim-core/src/main/resources/io/github/verbatim/learn/polnear-tagger.bin}). Deterministic for a seed. With {@code --dev DIR} it scores the model on that split after
 * every epoch.
 */
@Command(name = "polnear", mixinStandardHelpOptions = true,
        description = "Train the attribution tagger on a PolNeAR split (brat standoff) and write a model file.")
public final class TrainPolnearCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Training split (with text/ and attributions/).")
    Path trainDir;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Model file to write.")
    Path out;

    @Option(names = "--dev", paramLabel = "DIR", description = "Development split scored after every epoch.")
    Path devDir;

    @Option(names = "--epochs", defaultValue = "" + AttributionTrainer.DEFAULT_EPOCHS,
            description = "Passes over the training data (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "1", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--hash-bits", defaultValue = "" + AttributionTrainer.DEFAULT_HASH_BITS, paramLabel = "BITS",
            description = "Hashed feature rows per pass as a power of two, 10..26 (default: ${DEFAULT-VALUE}).")
    int hashBits;

    @Option(names = "--without", split = ",", paramLabel = "GROUP",
            description = "Feature groups to leave out, for ablation: ${COMPLETION-CANDIDATES}.")
    List<FeatureGroup> without = List.of();

    @Option(names = "--limit", paramLabel = "N", description = "Train on the first N articles only.")
    Integer limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (epochs < 1 || epochs > 1000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--epochs " + epochs + " outside 1..1000");
        }
        if (hashBits < 10 || hashBits > 26) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--hash-bits " + hashBits + " outside 10..26");
        }
        if (limit != null && limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit " + limit + " must be positive");
        }
        for (Path dir : devDir == null ? List.of(trainDir) : List.of(trainDir, devDir)) {
            if (!Files.isDirectory(dir)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such folder: " + dir);
            }
        }
        long started = System.nanoTime();
        List<GoldDocument> train = PolnearCorpus.load(trainDir);
        if (limit != null && limit < train.size()) {
            train = train.subList(0, limit);
        }
        List<GoldDocument> dev = devDir == null ? List.of() : PolnearCorpus.load(devDir);
        Set<FeatureGroup> groups = EnumSet.allOf(FeatureGroup.class);
        without.forEach(groups::remove);
        AttributionTrainer.Settings settings = AttributionTrainer.Settings.standard(epochs, seed).withGroups(groups)
                .withHashBits(hashBits);
        String description = String.format(Locale.ROOT, "PolNeAR %s (%d articles), %s", trainDir.getFileName(),
                train.size(), settings);
        err.printf(Locale.ROOT, "training on %d articles from %s, %d epochs, seed %d%n", train.size(), trainDir,
                epochs, seed);
        err.flush();
        TaggerModel model = new AttributionTrainer(new Segmenter(), settings).train(train, description,
                (stage, epoch, mistakes, tokens, snapshot) -> {
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                            "%s epoch %d/%d: %.1f%% of training tokens mistagged, %.0f s", stage, epoch, epochs,
                            100.0 * mistakes / Math.max(1, tokens), (System.nanoTime() - started) / 1e9));
                    if (!dev.isEmpty() && stage.equals(AttributionTrainer.FINAL_STAGE)) {
                        PolnearEvaluation eval = PolnearEvaluation.run(dev, new LearnedAttributor(snapshot)::process);
                        for (String l : EvalReportFormatter.lines(eval.scorer())) {
                            if (l.startsWith("content.overlap") || l.startsWith("attribution")
                                    || l.startsWith("span.") || l.startsWith("direct.source|content")) {
                                line.append(System.lineSeparator()).append("    dev ").append(l);
                            }
                        }
                    }
                    err.println(line);
                    err.flush();
                });
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = Files.createTempFile(parent, ".verbatim-model", ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            TaggerModelFormat.write(model, o);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        err.printf(Locale.ROOT, "wrote %s (%d bytes) in %.0f s%n", out, Files.size(out),
                (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
