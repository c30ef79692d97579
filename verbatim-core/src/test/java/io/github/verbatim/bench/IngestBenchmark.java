package io.github.verbatim.bench;

import io.github.verbatim.ingest.InputLimits;
import io.github.verbatim.ingest.Inputs;
import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.ingest.html.HtmlArticleParser;
import io.github.verbatim.ingest.jsonl.JsonLinesReader;
import io.github.verbatim.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Ingest throughput, single-threaded, measured in thread CPU time (so figures are per core even when the
 * machine is shared). Excluded from the default build; run with
 * {@code mvn -B -ntp -pl verbatim-core -am test -Dverbatim.benchmarks=benchmark -Dverbatim.excludedGroups=none
 * -Dtest=IngestBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. Prints figures; asserts nothing about speed.
 */
@Tag("benchmark")
class IngestBenchmark {

    /** Thread CPU time makes "per core" figures hold on a busy, shared machine; wall time is printed too. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    @Test
    void htmlExtraction() throws IOException {
        Path pages = SharedData.require("html/fundus/pages");
        List<byte[]> html = new ArrayList<>();
        try (Stream<Path> files = Files.list(pages)) {
            for (Path p : files.sorted().toList()) {
                try (InputStream in = Inputs.open(p, Long.MAX_VALUE)) {
                    html.add(in.readAllBytes());
                }
            }
        }
        long total = html.stream().mapToLong(b -> b.length).sum();
        HtmlArticleParser parser = new HtmlArticleParser(InputLimits.DEFAULTS);
        for (int warm = 0; warm < 2; warm++) {
            parseAll(parser, html);
        }
        int rounds = 5;
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        long chars = 0;
        for (int r = 0; r < rounds; r++) {
            chars += parseAll(parser, html);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "HTML extraction: %d pages, %.1f MB of HTML x %d rounds: %.2f MB per CPU-second"
                        + " of one core (%.0f pages/s); wall %.2f s = %.2f MB/s (%d text chars per round)%n",
                html.size(), total / 1e6, rounds, total * rounds / 1e6 / cpu, html.size() * rounds / cpu, seconds,
                total * rounds / 1e6 / seconds, chars / rounds);
    }

    private static long parseAll(HtmlArticleParser parser, List<byte[]> html) {
        long chars = 0;
        for (byte[] page : html) {
            ReadOutcome o = parser.parse(page, "p", "p", HtmlArticleParser.Origin.NONE);
            if (o instanceof ReadOutcome.Read r) {
                chars += r.article().text().length();
            }
        }
        return chars;
    }

    @Test
    void jsonLinesReading() throws IOException {
        Path mix = SharedData.require("news/news-mix.jsonl.gz");
        long inflated;
        try (InputStream in = Inputs.open(mix, Long.MAX_VALUE)) {
            inflated = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        JsonLinesReader reader = new JsonLinesReader();
        reader.read(mix, o -> { });
        int rounds = 3;
        long[] docs = {0};
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            reader.read(mix, o -> docs[0]++);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "JSONL reading: %d docs, %.1f MB inflated (%.1f MB gzipped) x %d rounds: "
                        + "%.1f MB inflated per CPU-second of one core (%.1f MB gzipped, %.0f docs/s); wall %.2f s = "
                        + "%.1f MB/s%n", docs[0] / rounds, inflated / 1e6, Files.size(mix) / 1e6, rounds,
                inflated * rounds / 1e6 / cpu, Files.size(mix) * rounds / 1e6 / cpu, docs[0] / cpu, seconds,
                inflated * rounds / 1e6 / seconds);
    }
}
