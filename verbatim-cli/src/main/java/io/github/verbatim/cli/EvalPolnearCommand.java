package io.github.verbatim.cli;

import io.github.verbatim.eval.EvalReportFormatter;
import io.github.verbatim.eval.GoldDocument;
import io.github.verbatim.eval.PolnearCorpus;
import io.github.verbatim.eval.PolnearEvaluation;
import io.github.verbatim.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim eval polnear DIR}: runs the standard pipeline on a PolNeAR split ({@code DIR/text},
 * {@code DIR/attributions}; the first annotator file per article) and prints one line per metric of
 * DESIGN.md. A folder that is not a PolNeAR split is a usage error (exit 2).
 */
@Command(name = "polnear", mixinStandardHelpOptions = true,
        description = "Score attribution extraction on a PolNeAR split (DIR/text, DIR/attributions).")
public final class EvalPolnearCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "PolNeAR split folder, e.g. ../shared/polnear/dev.")
    Path dir;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "0",
            description = "Also list the N articles with the lowest attribution F1.")
    int worst;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir.resolve("text")) || !Files.isDirectory(dir.resolve("attributions"))) {
            err.println("verbatim eval polnear: " + dir + " is not a PolNeAR split (needs text/ and attributions/)");
            return VerbatimCli.EXIT_USAGE;
        }
        List<GoldDocument> gold = PolnearCorpus.load(dir);
        long started = System.nanoTime();
        PolnearEvaluation run = PolnearEvaluation.run(gold, Pipeline.standard()::process);
        double seconds = (System.nanoTime() - started) / 1e9;
        EvalReportFormatter.lines(run.scorer()).forEach(out::println);
        out.printf(Locale.ROOT, "%d articles in %.1f s%n", gold.size(), seconds);
        run.documents().stream()
                .sorted(Comparator.comparingDouble((PolnearEvaluation.Evaluated e) -> e.score().attribution().f1()))
                .limit(Math.max(0, worst))
                .forEach(e -> out.printf(Locale.ROOT, "  attribution F1 %.3f  content F1 %.3f  %s%n",
                        e.score().attribution().f1(), e.score().contentOverlap().f1(), e.score().doc()));
        out.flush();
        return 0;
    }
}
