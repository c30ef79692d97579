package io.github.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code extract --published}, the context in table output, and the NER verbs' usage errors. */
class ContextCommandsTest {

    private static final Path SEED = Path.of("..", "examples", "000_9fde05f41ca607b6.txt");

    @TempDir
    Path dir;

    private static int run(StringWriter err, String... args) {
        CommandLine cli = VerbatimCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void publishedDateResolvesTheSeedArticlesWednesday() throws Exception {
        assumeTrue(Files.exists(SEED), "skipped: examples/000_9fde05f41ca607b6.txt is missing");
        Path out = dir.resolve("out.jsonl");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "extract", SEED.toString(), "--published", "2021-03-24", "--out", out.toString()),
                err.toString());
        JsonNode doc = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("2021-03-24", doc.get("published").asText());
        assertTrue(doc.get("attributions").size() > 0);
        for (JsonNode a : doc.get("attributions")) {
            assertEquals("2021-03-24", a.get("time").get("date").asText(), a.toString());
            assertEquals("NATO headquarters in Brussels", a.get("place").get("text").asText());
            assertTrue(a.get("mentions").isArray());
        }
    }

    @Test
    void tableShowsWhenWhereAndAboutWhom() throws Exception {
        assumeTrue(Files.exists(SEED), "skipped: examples/000_9fde05f41ca607b6.txt is missing");
        Path out = dir.resolve("out.txt");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "extract", SEED.toString(), "--format", "table", "--out", out.toString()),
                err.toString());
        String table = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(table.contains("when: on Wednesday = unresolved"), table);
        assertTrue(table.contains("where: NATO"), table);
        assertTrue(table.contains("Beijing → China LOC"), table);
    }

    @Test
    void badDateIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "extract", ".", "--published", "24/03/2021"));
    }

    @Test
    void trainingWithoutTheSilverDataIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "train", "ner", "--shared", dir.resolve("none").toString(), "-o",
                dir.resolve("m.bin.gz").toString()));
        assertTrue(err.toString().contains("ner-silver"), err.toString());
    }
}
