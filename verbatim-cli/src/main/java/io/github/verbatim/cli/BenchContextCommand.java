package io.github.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.context.CharSpan;
import io.github.verbatim.context.ContextAnnotator;
import io.github.verbatim.context.StatementSpans;
import io.github.verbatim.context.ner.NerTagger;
import io.github.verbatim.model.Article;
import io.github.verbatim.pipeline.Pipeline;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import io.github.verbatim.text.Sentence;
import io.github.verbatim.text.TokenType;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verbatim bench-context}: single-threaded throughput of segmentation, named-entity tagging, the
 * context annotation, and the whole extraction pipeline with context off and on, over English articles of {@code shared/news/news-mix.jsonl.gz}. Every sentence
 * holding a quotation mark stands in for a statement (the first sentence when an article has none, so that
 * every article is tagged). Prints MB/s of UTF-8 text per stage, best of the
 * timed rounds after a warm-up round, both per second of wall time and per second of this thread's CPU time
 * (the per-core figure, less disturbed by other processes on a shared machine).
 */
@Command(name = "bench-context", mixinStandardHelpOptions = true,
        description = "Measure segmentation, NER and context-annotation throughput (one thread).")
public final class BenchContextCommand implements Callable<Integer> {

    @Option(names = "--shared", description = "The shared data folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "../shared")
    Path shared;

    @Option(names = "--megabytes", description = "Text to read, in MB of UTF-8 (default: ${DEFAULT-VALUE}).",
            defaultValue = "8")
    int megabytes;

    @Option(names = "--rounds", description = "Timed rounds (default: ${DEFAULT-VALUE}).", defaultValue = "3")
    int rounds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path file = shared.resolve("news").resolve("news-mix.jsonl.gz");
        if (!Files.exists(file)) {
            spec.commandLine().getErr().println("verbatim: " + file.toAbsolutePath() + " is missing");
            return VerbatimCli.EXIT_USAGE;
        }
        List<Article> articles = new ArrayList<>();
        long bytes = 0;
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && bytes < (long) megabytes << 20) {
                JsonNode j = mapper.readTree(line);
                if (!"en".equals(j.path("lang").asText())) {
                    continue;
                }
                String text = j.path("text").asText();
                articles.add(Article.of(j.path("id").asText(), text));
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        Segmenter segmenter = new Segmenter();
        NerTagger tagger = NerTagger.standard();
        ContextAnnotator annotator = ContextAnnotator.standard();
        List<Segmentation> segs = new ArrayList<>();
        List<List<StatementSpans>> statements = new ArrayList<>();
        long quoted = 0;
        for (Article a : articles) {
            Segmentation seg = segmenter.segment(a.text());
            segs.add(seg);
            List<StatementSpans> list = new ArrayList<>();
            for (Sentence s : seg.sentences()) {
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    if (seg.tokens().get(i).type() == TokenType.QUOTE) {
                        list.add(new StatementSpans(List.of(new CharSpan(s.start(), s.end())), null, null));
                        break;
                    }
                }
            }
            if (list.isEmpty() && !seg.sentences().isEmpty()) {
                Sentence first = seg.sentences().get(0);
                list.add(new StatementSpans(List.of(new CharSpan(first.start(), first.end())), null, null));
            }
            quoted += list.size();
            statements.add(list);
        }
        System.out.printf(Locale.ROOT, "%d English articles, %.1f MB UTF-8, %d statement stand-ins%n",
                articles.size(), bytes / 1e6, quoted);
        double mb = bytes / 1e6;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Pipeline withContext = Pipeline.standard();
        Pipeline withoutContext = withContext.withoutContext();
        int stages = 5;
        double[] wall = new double[stages];
        double[] cpu = new double[stages];
        java.util.Arrays.fill(wall, Double.MAX_VALUE);
        java.util.Arrays.fill(cpu, Double.MAX_VALUE);
        long sink = 0;
        for (int round = 0; round <= rounds; round++) {
            long[] w = new long[stages + 1];
            long[] c = new long[stages + 1];
            w[0] = System.nanoTime();
            c[0] = threads.getCurrentThreadCpuTime();
            for (Article a : articles) {
                sink += segmenter.segment(a.text()).tokens().size();
            }
            w[1] = System.nanoTime();
            c[1] = threads.getCurrentThreadCpuTime();
            for (Segmentation seg : segs) {
                sink += tagger.tag(seg).size();
            }
            w[2] = System.nanoTime();
            c[2] = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < articles.size(); i++) {
                Segmentation seg = segmenter.segment(articles.get(i).text());
                sink += annotator.annotate(articles.get(i), seg, statements.get(i), List.of()).size();
            }
            w[3] = System.nanoTime();
            c[3] = threads.getCurrentThreadCpuTime();
            for (Article a : articles) {
                sink += withoutContext.process(a).attributions().size();
            }
            w[4] = System.nanoTime();
            c[4] = threads.getCurrentThreadCpuTime();
            for (Article a : articles) {
                sink += withContext.process(a).attributions().size();
            }
            w[5] = System.nanoTime();
            c[5] = threads.getCurrentThreadCpuTime();
            if (round > 0) {
                for (int k = 0; k < stages; k++) {
                    wall[k] = Math.min(wall[k], (w[k + 1] - w[k]) / 1e9);
                    cpu[k] = Math.min(cpu[k], (c[k + 1] - c[k]) / 1e9);
                }
            }
        }
        String[] names = {"segmentation", "NER tagging (segmented)", "segment + context",
            "pipeline, context off", "pipeline, context on"};
        System.out.printf(Locale.ROOT, "%-26s %12s %12s%n", "stage", "MB/s wall", "MB/s CPU");
        for (int k = 0; k < stages; k++) {
            System.out.printf(Locale.ROOT, "%-26s %12.2f %12.2f%n", names[k], mb / wall[k], mb / cpu[k]);
        }
        System.out.println("(segment + context: segmentation, NER, time expressions, places and mentions for the"
                + " stand-in statements; pipeline: Pipeline.process, the real extraction, with and without context)");
        System.out.println("checksum " + sink);
        return 0;
    }
}
