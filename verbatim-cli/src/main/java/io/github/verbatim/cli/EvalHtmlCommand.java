package io.github.verbatim.cli;

import io.github.verbatim.eval.HtmlEvalReport;
import io.github.verbatim.eval.HtmlExtractionEvaluator;
import io.github.verbatim.eval.HtmlPageScore;
import io.github.verbatim.ingest.InputLimits;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim eval html DIR}: scores main-text extraction on a folder holding {@code manifest.jsonl},
 * pages and gold texts (the layout of {@code ../shared/html/fundus}) with the article-extraction-benchmark
 * measure (F1 over 4-word shingles per page, averaged over pages), plus title and date accuracy.
 */
@Command(name = "html", mixinStandardHelpOptions = true,
        description = "Score HTML main-text extraction against gold text (shingle F1, title, date).")
public final class EvalHtmlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with manifest.jsonl, pages and gold texts.")
    Path dir;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "0",
            description = "Also list the N pages with the lowest F1.")
    int worst;

    @Option(names = "--misses", description = "Also list pages whose title or date is wrong.")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        HtmlEvalReport report = new HtmlExtractionEvaluator(InputLimits.DEFAULTS).evaluate(dir);
        out.print(report.summary());
        report.pages().stream().sorted(Comparator.comparingDouble((HtmlPageScore p) -> p.text().f1()))
                .limit(Math.max(0, worst))
                .forEach(p -> out.printf(Locale.ROOT, "  %.3f  P %.3f  R %.3f  %s%n", p.text().f1(),
                        p.text().precision(), p.text().recall(), p.page()));
        if (misses) {
            for (HtmlPageScore p : report.pages()) {
                if (!p.titleOk()) {
                    out.printf(Locale.ROOT, "  title  %s: got \"%s\", gold \"%s\"%n", p.page(), p.predictedTitle(),
                            p.goldTitle());
                }
                if (Boolean.FALSE.equals(p.dateOk())) {
                    out.printf(Locale.ROOT, "  date   %s%n", p.page());
                }
            }
        }
        out.flush();
        return 0;
    }
}
