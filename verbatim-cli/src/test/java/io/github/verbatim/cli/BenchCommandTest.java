package io.github.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code verbatim bench}: usage errors, a small made-up corpus, and a few hundred real news-mix articles
 * (skipped when {@code ../shared} is absent). Figures are checked for consistency, never for speed.
 */
class BenchCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = VerbatimCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Path newsMix() {
        Path shared = Path.of(System.getProperty("verbatim.shared", "../shared"));
        Path file = shared.resolve("news/news-mix.jsonl.gz");
        assumeTrue(Files.exists(file), "skipped: shared data " + file.toAbsolutePath() + " is missing");
        return file;
    }

    @Test
    void aMissingInputIsAUsageErrorNamingIt() {
        Run r = run("bench", dir.resolve("absent.jsonl.gz").toString());
        assertEquals(VerbatimCli.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("absent.jsonl.gz: no such file"), r.err());
    }

    @Test
    void anInputWithoutArticlesIsAUsageError() throws IOException {
        Path in = Files.writeString(dir.resolve("none.jsonl"), "{\"id\":\"a\",\"text\":\"  \"}\nnot json\n");
        Run r = run("bench", "--warmup", "3", in.toString());
        assertEquals(VerbatimCli.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("no readable article in ") && r.err().contains("(2 documents skipped)"), r.err());
    }

    @Test
    void helpFormatsEveryOption() {
        Run r = run("bench", "--help");
        assertEquals(0, r.exit(), r.err());
        assertTrue(!r.err().contains("WARN") && !r.out().contains("WARN"), r.err());
        assertTrue(r.out().replaceAll("\\s+", " ").contains("under 2% of the workers' in 2 windows"), r.out());
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        Path in = Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"a\",\"text\":\"Hi.\"}\n");
        assertEquals(VerbatimCli.EXIT_USAGE, run("bench", "--threads", "0", in.toString()).exit());
        assertEquals(VerbatimCli.EXIT_USAGE, run("bench", "--limit", "0", in.toString()).exit());
        assertEquals(VerbatimCli.EXIT_USAGE, run("bench", "--warmup-max-cpu", "0", in.toString()).exit());
        Run batch = run("bench", "--batch", "0", in.toString());
        assertEquals(VerbatimCli.EXIT_USAGE, batch.exit());
        assertTrue(batch.err().contains("--batch takes 1 to 4096 articles, got 0"), batch.err());
        Run r = run("bench", "--rss-check", "--limit", "100", in.toString());
        assertEquals(VerbatimCli.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("the limit must be larger"), r.err());
    }

    @Test
    void measuresASmallCorpusAndSaysWhatItFound() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            jsonl.append("{\"id\":\"n").append(i).append("\",\"text\":\"“We will rebuild the bridge ")
                    .append("by spring,” Mayor Ana Ruiz said on Tuesday. ".repeat(1 + i % 7)).append("\"}\n");
        }
        jsonl.append("not json\n");
        Path in = Files.writeString(dir.resolve("small.jsonl"), jsonl, StandardCharsets.UTF_8);
        Run r = run("bench", "--warmup", "5", "--threads", "1,2", in.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("corpus: 40 articles"), r.out());
        assertTrue(r.out().contains("(1 documents skipped by the reader)"), r.out());
        assertTrue(r.out().contains("output identical at every thread count: yes"), r.out());
        assertTrue(r.out().contains("issue 9 targets:"), r.out());
        assertTrue(r.err().contains("pass 3/3: extraction"), r.err());
        assertTrue(r.err().contains("warm-up, extraction (Pipeline.standard + JSON Lines, batches of up to 64 articles) on 2 threads: "), r.err());
        assertTrue(r.out().contains("JIT compiler during the 2-thread pass: "), r.out());
    }

    @Test
    void realArticlesAtOneAndTwoThreads() throws IOException {
        Path file = newsMix();
        Run r = run("bench", "--limit", "300", "--warmup", "50", "--json", file.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(300, j.get("baseline").get("articles").asLong());
        JsonNode one = j.get("extraction").get(0);
        JsonNode two = j.get("extraction").get(1);
        assertEquals(1, one.get("threads").asInt());
        assertEquals(2, two.get("threads").asInt());
        assertEquals(300, one.get("articles").asLong());
        assertEquals(one.get("textBytes").asLong(), two.get("textBytes").asLong());
        assertEquals(one.get("textBytes").asLong(), j.get("baseline").get("textBytes").asLong());
        assertTrue(j.get("outputsIdentical").asBoolean(), "2 threads changed the output");
        JsonNode warm = j.get("warmUps").get(0);
        assertEquals(2, warm.get("threads").asInt());
        assertTrue(warm.get("articles").asLong() >= 50, warm.toString());
        assertEquals(0, j.get("failures").asLong());
        assertTrue(one.get("allocatedBytesPerArticle").asDouble() > 0);
        assertTrue(one.get("mbPerSecondPerCore").asDouble() > 0);
        assertTrue(j.get("baselineRatio").asDouble() > 0);
        long curveArticles = 0;
        for (JsonNode bucket : one.get("costCurve")) {
            curveArticles += bucket.get("articles").asLong();
        }
        assertEquals(300, curveArticles);
        if (Files.isReadable(Path.of("/proc/self/status"))) {
            assertTrue(j.get("peakRssBytes").asLong() > 0);
        }
    }

    @Test
    void rssCheckRunsTwoFreshJvms() throws IOException {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "skipped: no /proc/self/status for VmHWM");
        Path file = newsMix();
        Run r = run("bench", "--rss-check", "--rss-small", "20", "--limit", "60", "--warmup", "5", "--threads", "1",
                "--json", file.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(20, j.get("small").get("extraction").get(0).get("articles").asLong());
        assertEquals(60, j.get("large").get("extraction").get(0).get("articles").asLong());
        double ratio = j.get("peakRssRatio").asDouble();
        assertEquals(j.get("large").get("peakRssBytes").asDouble() / j.get("small").get("peakRssBytes").asDouble(),
                ratio, 1e-12);
    }
}
