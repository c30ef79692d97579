package io.github.verbatim.pipeline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.verbatim.learn.LearnedAttributor;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * End-to-end extraction throughput over {@code news/news-mix.jsonl.gz}, single-threaded: the standard pipeline
 * (rules, learned tagger with both passes, merging, speaker resolution) and the learned attributor alone. A
 * benchmark, not a timed test: it prints figures and asserts nothing about time. Runs only with
 * {@code -Dverbatim.bench=true}:
 * {@code mvn -pl verbatim-core -am test -Dtest=ExtractionThroughputBenchmark -Dverbatim.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ExtractionThroughputBenchmark {

    private static void measure(String what, List<Article> articles, long bytes,
            java.util.function.Function<Article, DocumentResult> system) {
        for (int i = 0; i < Math.min(3000, articles.size()); i++) {
            system.apply(articles.get(i));
        }
        long found = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (Article a : articles) {
            found += system.apply(a).attributions().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        // CPU time of the measuring thread is the per-core figure even on a machine shared with other work
        System.out.printf(Locale.ROOT, "%s, 1 thread: %d articles, %.1f MB of UTF-8 text; wall %.1f s: %.2f MB/s, "
                        + "%.0f articles/s; thread CPU %.1f s: %.2f MB/s, %.0f articles/s; %d attributions%n", what,
                articles.size(), bytes / 1e6, seconds, bytes / 1e6 / seconds, articles.size() / seconds, cpuSeconds,
                bytes / 1e6 / cpuSeconds, articles.size() / cpuSeconds, found);
    }

    @Test
    void printsThroughput() throws IOException {
        assumeTrue(Boolean.getBoolean("verbatim.bench"), "skipped: benchmark runs with -Dverbatim.bench=true");
        List<Article> articles = SharedData.newsMix(Integer.MAX_VALUE);
        long bytes = 0;
        for (Article a : articles) {
            bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        measure("standard pipeline", articles, bytes, Pipeline.standard()::process);
        measure("learned attributor alone", articles, bytes, LearnedAttributor.standard()::process);
    }
}
