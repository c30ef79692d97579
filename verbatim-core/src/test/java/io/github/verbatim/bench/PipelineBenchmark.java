package io.github.verbatim.bench;

import io.github.verbatim.ingest.jsonl.JsonLinesReader;
import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.model.Article;
import io.github.verbatim.pipeline.Pipeline;
import io.github.verbatim.testing.SharedData;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Pipeline throughput on news-mix (23,478 real articles), single-threaded, after reading (so only
 * {@link Pipeline#process} is timed). Prints wall-clock and this thread's CPU-time figures: on a shared
 * machine the CPU figure is the one to compare. Excluded from the default build; run with
 * {@code mvn -B -ntp -pl verbatim-core -am test -Dverbatim.benchmarks=benchmark -Dverbatim.excludedGroups=none
 * -Dtest=PipelineBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Asserts nothing about speed.
 */
@Tag("benchmark")
class PipelineBenchmark {

    @Test
    void newsMix() throws IOException {
        Path mix = SharedData.require("news/news-mix.jsonl.gz");
        List<Article> articles = new ArrayList<>();
        new JsonLinesReader().read(mix, o -> {
            if (o instanceof ReadOutcome.Read r) {
                articles.add(r.article());
            }
        });
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        Pipeline pipeline = Pipeline.standard();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            long attributions = 0;
            for (Article a : articles) {
                attributions += pipeline.process(a).attributions().size();
            }
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf(Locale.ROOT, "pipeline round %d: %d articles, %.1f M chars, %d attributions: "
                            + "wall %.1f s = %.2f MB/s, thread CPU %.1f s = %.2f MB/s per core%n", round,
                    articles.size(), chars / 1e6, attributions, wallSeconds, chars / 1e6 / wallSeconds, cpuSeconds,
                    chars / 1e6 / cpuSeconds);
        }
    }
}
