package io.github.verbatim.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Locates {@code ../shared} for tests, skipping (not failing) a test when the data it needs is absent. */
public final class SharedData {

    private SharedData() {
    }

    /** The shared data folder, from the {@code verbatim.shared} system property or {@code ../shared}. */
    public static Path root() {
        String configured = System.getProperty("verbatim.shared");
        return Path.of(configured != null ? configured : "../shared").toAbsolutePath().normalize();
    }

    /** {@code root().resolve(relative)}, skipping the calling test when it does not exist. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        assumeTrue(Files.exists(p), "skipped: shared data " + p + " is missing");
        return p;
    }

    /**
     * The first {@code limit} articles of {@code news/news-mix.jsonl.gz} (id and text only), skipping the calling
     * test when the file is missing.
     */
    public static List<Article> newsMix(int limit) throws IOException {
        Path file = require("news/news-mix.jsonl.gz");
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while (articles.size() < limit && (line = in.readLine()) != null) {
                JsonNode node = json.readTree(line);
                articles.add(Article.of(node.path("id").asText(), node.path("text").asText()));
            }
        }
        return articles;
    }
}
