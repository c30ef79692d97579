package io.github.verbatim.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Builds the small mixed input the Spark tests run on, in a temporary folder, from {@code ../shared}:
 * Common Crawl WARC and WET files and a multi-record WARC ({@code warc/whirlwind}, {@code warc/pipestream}),
 * every deliberately malformed WARC/ARC file of {@code warc/warcio-testdata}, the seed article as a text file,
 * and a JSON Lines file of real articles from {@code news/news-mix.jsonl.gz} (Reuters, BBC, PolNeAR) plus a
 * lightly edited second outlet's copy of some (near-duplicates that also make cross-outlet statements), a
 * broken line and a blank text. Skips (JUnit assumption) naming what is missing.
 */
final class MixedSample {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MixedSample() {
    }

    static Path shared() {
        Path shared = Path.of(System.getProperty("verbatim.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared), "skipped: ../shared is missing (" + shared.toAbsolutePath() + ")");
        return shared;
    }

    /** Writes the sample under {@code dir}/input and returns that folder. */
    static Path build(Path dir) throws IOException {
        Path shared = shared();
        Path news = shared.resolve("news/news-mix.jsonl.gz");
        Path whirlwind = shared.resolve("warc/whirlwind");
        Path pipestream = shared.resolve("warc/pipestream/sample-doc-types/warc/sample-small-336kb.warc.gz");
        Path malformed = shared.resolve("warc/warcio-testdata/test/data");
        Path seed = shared.resolve("seed/000_9fde05f41ca607b6.txt");
        for (Path p : List.of(news, whirlwind, pipestream, malformed, seed)) {
            assumeTrue(Files.exists(p), "skipped: " + p + " is missing from ../shared");
        }
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.copy(whirlwind.resolve("whirlwind.warc.gz"), input.resolve("whirlwind.warc.gz"));
        Files.copy(whirlwind.resolve("whirlwind.warc.wet.gz"), input.resolve("whirlwind.warc.wet.gz"));
        Files.copy(pipestream, input.resolve("sample-small.warc.gz"));
        Files.copy(seed, input.resolve("seed.txt"));
        Path bad = Files.createDirectories(input.resolve("malformed"));
        try (Stream<Path> files = Files.list(malformed)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, bad.resolve(f.getFileName()));
            }
        }
        writeJsonl(news, input.resolve("news.jsonl"));
        return input;
    }

    private static void writeJsonl(Path news, Path out) throws IOException {
        List<ObjectNode> picked = new ArrayList<>();
        int reuters = 0;
        int bbc = 0;
        int polnear = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(news)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null && (reuters < 10 || bbc < 10 || polnear < 10)) {
                ObjectNode o = (ObjectNode) JSON.readTree(line);
                String id = o.path("id").asText();
                if (id.startsWith("reuters21578:") && reuters < 10) {
                    reuters++;
                    picked.add(o);
                } else if (id.startsWith("bbc-fulltext:") && bbc < 10) {
                    bbc++;
                    picked.add(o);
                } else if (id.startsWith("polnear:") && polnear < 10) {
                    polnear++;
                    picked.add(o);
                }
            }
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (ObjectNode o : picked) {
                w.write(JSON.writeValueAsString(o));
                w.write('\n');
            }
            // a second outlet reprinting three stories with a new last line: near-duplicates, shared statements
            for (ObjectNode o : picked.subList(picked.size() - 3, picked.size())) {
                ObjectNode copy = o.deepCopy();
                copy.put("id", "reprint:" + o.path("id").asText());
                copy.put("source", "reprint-desk");
                copy.put("text", o.path("text").asText() + "\nThis story was reprinted from a wire service.");
                w.write(JSON.writeValueAsString(copy));
                w.write('\n');
            }
            w.write("{\"id\": \"broken\", \"text\": \"no closing brace\"\n");
            w.write("{\"id\": \"blank\", \"text\": \"   \"}\n");
        }
    }
}
