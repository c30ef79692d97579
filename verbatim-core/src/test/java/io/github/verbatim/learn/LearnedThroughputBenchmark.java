package io.github.verbatim.learn;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.model.Article;
import io.github.verbatim.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Throughput of learned extraction (segment, tag both passes, link) over {@code news/news-mix.jsonl.gz},
 * single-threaded. A benchmark, not a timed test: it prints figures and asserts nothing about time. Runs only
 * with {@code -Dverbatim.bench=true}:
 * {@code mvn -pl verbatim-core test -Dtest=LearnedThroughputBenchmark -Dverbatim.bench=true}.
 */
class LearnedThroughputBenchmark {

    @Test
    void printsThroughput() throws IOException {
        assumeTrue(Boolean.getBoolean("verbatim.bench"), "skipped: benchmark runs with -Dverbatim.bench=true");
        Path file = SharedData.require("news/news-mix.jsonl.gz");
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode node = json.readTree(line);
                articles.add(Article.of(node.path("id").asText(), node.path("text").asText()));
            }
        }
        LearnedAttributor attributor = LearnedAttributor.standard();
        long bytes = 0;
        for (Article a : articles) {
            bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        for (int i = 0; i < Math.min(3000, articles.size()); i++) {
            attributor.process(articles.get(i));
        }
        long found = 0;
        long start = System.nanoTime();
        for (Article a : articles) {
            found += attributor.process(a).attributions().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "learned extraction, 1 thread: %d articles, %.1f MB of UTF-8 text in %.1f s: "
                        + "%.2f MB/s, %.0f articles/s, %d attributions%n", articles.size(), bytes / 1e6, seconds,
                bytes / 1e6 / seconds, articles.size() / seconds, found);
    }
}
