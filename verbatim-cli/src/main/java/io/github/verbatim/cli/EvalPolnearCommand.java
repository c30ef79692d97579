package io.github.verbatim.cli;

import io.github.verbatim.eval.AttributionScorer;
import io.github.verbatim.eval.EvalReportFormatter;
import io.github.verbatim.eval.GoldDocument;
import io.github.verbatim.eval.PolnearCorpus;
import io.github.verbatim.eval.PolnearEvaluation;
import io.github.verbatim.model.Span;
import io.github.verbatim.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * {@code verbatim eval polnear DIR}: runs the standard pipeline over a PolNeAR split ({@code DIR/text},
 * {@code DIR/attributions}) and prints one line per metric of {@code DESIGN.md}, then the best and worst
 * article. {@code --by-kind} adds the scores split into direct, mixed and indirect gold attributions;
 * {@code --errors N} prints N mistakes with their context.
 */
@Command(name = "polnear", mixinStandardHelpOptions = true,
        description = "Score attribution extraction on a PolNeAR split (DIR/text, DIR/attributions).")
public final class EvalPolnearCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "A PolNeAR split, e.g. ../shared/polnear/dev.")
    Path dir;

    @Option(names = "--by-kind", description = "Also score direct, mixed and indirect attributions apart.")
    boolean byKind;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "Print N mistakes (missed, spurious, wrong source) with context.")
    int errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (errors < 0) {
            err.println("verbatim eval polnear: --errors must be 0 or more, got " + errors);
            return VerbatimCli.EXIT_USAGE;
        }
        List<GoldDocument> gold;
        try {
            gold = PolnearCorpus.load(dir);
        } catch (NoSuchFileException e) {
            err.println("verbatim eval polnear: " + e.getFile() + ": " + (e.getReason() == null ? "no such folder" : e.getReason()));
            return VerbatimCli.EXIT_USAGE;
        } catch (IOException | RuntimeException e) {
            err.println("verbatim eval polnear: cannot read " + dir + ": " + e.getMessage());
            return VerbatimCli.EXIT_FAILURE;
        }
        if (gold.isEmpty()) {
            err.println("verbatim eval polnear: " + dir + " holds no annotated articles");
            return VerbatimCli.EXIT_USAGE;
        }
        long started = System.nanoTime();
        PolnearEvaluation run = PolnearEvaluation.run(gold, Pipeline.standard()::process);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "articles %d, gold attributions %d, %.1f s%n", gold.size(),
                run.scorer().report(AttributionScorer.Subset.ALL).contentOverlap().gold(), seconds);
        EvalReportFormatter.lines(run.scorer()).forEach(out::println);
        if (byKind) {
            for (AttributionScorer.Subset subset : List.of(AttributionScorer.Subset.DIRECT,
                    AttributionScorer.Subset.MIXED, AttributionScorer.Subset.INDIRECT)) {
                out.println();
                out.println("kind " + subset.name().toLowerCase(Locale.ROOT) + ":");
                EvalReportFormatter.lines("  ", run.scorer().report(subset)).forEach(out::println);
            }
        }
        List<PolnearEvaluation.Evaluated> ranked = new ArrayList<>(run.documents());
        ranked.removeIf(d -> d.score().attribution().gold() == 0);
        ranked.sort(Comparator.comparingDouble((PolnearEvaluation.Evaluated d) -> d.score().attribution().f1())
                .thenComparing(d -> d.gold().article().id()));
        if (!ranked.isEmpty()) {
            out.println();
            describe(out, "worst", ranked.get(0));
            describe(out, "best", ranked.get(ranked.size() - 1));
        }
        if (errors > 0) {
            printErrors(out, run);
        }
        out.flush();
        return 0;
    }

    private static void describe(PrintWriter out, String label, PolnearEvaluation.Evaluated d) {
        out.printf(Locale.ROOT, "%-5s article %s: attribution F1 %.3f, content.overlap F1 %.3f (gold %d)%n", label,
                d.gold().article().id(), d.score().attribution().f1(), d.score().contentOverlap().f1(),
                d.score().attribution().gold());
    }

    private void printErrors(PrintWriter out, PolnearEvaluation run) {
        out.println();
        out.println("mistakes (first " + errors + "):");
        int printed = 0;
        for (PolnearEvaluation.Evaluated d : run.documents()) {
            String text = d.gold().article().text();
            for (AttributionScorer.Mistake m : AttributionScorer.mistakes(d.gold(), d.predicted())) {
                if (printed++ >= errors) {
                    return;
                }
                out.println("- " + m.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " in "
                        + d.gold().article().id());
                if (m.gold() != null) {
                    out.println("    gold:      [" + excerpt(text, m.gold().source()) + "] ["
                            + excerpt(text, m.gold().cue()) + "] " + excerpt(text, m.gold().content()));
                }
                if (m.predicted() != null) {
                    out.println("    predicted: [" + m.predicted().sourceText() + "] [" + m.predicted().cueText() + "] "
                            + shorten(m.predicted().text()));
                }
                List<Span> where = m.gold() != null ? m.gold().content() : m.predicted().content();
                out.println("    context:   " + context(text, where));
            }
        }
    }

    private static String excerpt(String text, List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            if (sb.length() > 0) {
                sb.append(" … ");
            }
            sb.append(slice(text, s.start(), s.end()));
        }
        return shorten(sb.toString());
    }

    private static String context(String text, List<Span> spans) {
        if (spans.isEmpty()) {
            return "";
        }
        int cpLength = text.codePointCount(0, text.length());
        int start = Math.max(0, spans.get(0).start() - 80);
        int end = Math.min(cpLength, spans.get(spans.size() - 1).end() + 80);
        return shorten("…" + slice(text, start, end) + "…");
    }

    private static String slice(String text, int cpStart, int cpEnd) {
        int s = text.offsetByCodePoints(0, cpStart);
        int e = text.offsetByCodePoints(s, cpEnd - cpStart);
        return text.substring(s, e).replaceAll("\\s+", " ");
    }

    private static String shorten(String s) {
        String oneLine = s.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 240 ? oneLine : oneLine.substring(0, 237) + "...";
    }
}
