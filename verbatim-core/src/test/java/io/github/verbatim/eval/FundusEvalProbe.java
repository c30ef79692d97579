package io.github.verbatim.eval;

import io.github.verbatim.ingest.InputLimits;
import java.nio.file.Path;
import java.util.Comparator;

/** Development aid: prints the fundus scores and the worst pages. Not a test. */
public final class FundusEvalProbe {
    public static void main(String[] args) throws Exception {
        HtmlEvalReport r = new HtmlExtractionEvaluator(InputLimits.DEFAULTS).evaluate(Path.of(args[0]));
        r.pages().stream().sorted(Comparator.comparingDouble(p -> p.text().f1())).limit(Integer.parseInt(args[1]))
                .forEach(p -> System.out.printf("%.3f P%.3f R%.3f %s%n", p.text().f1(), p.text().precision(),
                        p.text().recall(), p.page()));
        r.pages().stream().filter(p -> !p.titleOk()).forEach(p -> System.out.println("TITLE " + p.page() + " | "
                + p.predictedTitle() + " | " + p.goldTitle()));
        r.pages().stream().filter(p -> Boolean.FALSE.equals(p.dateOk())).forEach(p -> System.out.println("DATE "
                + p.page()));
        System.out.print(r.summary());
    }
}
