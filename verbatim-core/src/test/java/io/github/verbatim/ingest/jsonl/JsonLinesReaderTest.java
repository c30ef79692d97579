package io.github.verbatim.ingest.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.ingest.InputLimits;
import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.testing.SharedData;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

    @TempDir
    Path dir;

    private static List<ReadOutcome> read(JsonLinesReader reader, Path file) {
        List<ReadOutcome> out = new ArrayList<>();
        reader.read(file, out::add);
        return out;
    }

    @Test
    void defaultsAndBadLines() throws IOException {
        Path file = dir.resolve("mix.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"a1\",\"source\":\"bbc\",\"lang\":\"en\",\"text\":\"He said it was fine.\",\"date\":\"2004-02-01\"}",
                "",
                "{not json",
                "[1,2]",
                "{\"id\":\"a2\"}",
                "{\"id\":\"a3\",\"text\":\"   \"}",
                "{\"text\":\"No id here.\"}"), StandardCharsets.UTF_8);
        List<ReadOutcome> outcomes = read(new JsonLinesReader(), file);
        assertEquals(6, outcomes.size(), outcomes.toString());
        ReadOutcome.Read first = assertInstanceOf(ReadOutcome.Read.class, outcomes.get(0));
        assertEquals("a1", first.article().id());
        assertEquals("bbc", first.article().metadata().outlet());
        assertEquals("en", first.article().metadata().language());
        assertEquals(LocalDate.of(2004, 2, 1), first.article().metadata().published());
        assertEquals(file + ":3", outcomes.get(1).location());
        assertEquals("bad-json", ((ReadOutcome.Skipped) outcomes.get(1)).reason());
        assertEquals("bad-json", ((ReadOutcome.Skipped) outcomes.get(2)).reason());
        assertEquals("no-text", ((ReadOutcome.Skipped) outcomes.get(3)).reason());
        assertEquals("empty", ((ReadOutcome.Skipped) outcomes.get(4)).reason());
        assertEquals("mix.jsonl:7", ((ReadOutcome.Read) outcomes.get(5)).article().id());
    }

    @Test
    void configurableFieldNames() throws IOException {
        Path file = dir.resolve("custom.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(("{\"doc_id\":\"x\",\"body\":\"Text.\",\"link\":\"https://e.com/x\",\"when\":\"2020-01-02T03:04:05Z\","
                    + "\"headline\":\"Head\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        JsonlFields fields = JsonlFields.DEFAULTS.withId("doc_id").withText("body").withUrl("link").withDate("when")
                .withTitle("headline");
        ReadOutcome.Read r = assertInstanceOf(ReadOutcome.Read.class,
                read(new JsonLinesReader(fields, InputLimits.DEFAULTS), file).get(0));
        assertEquals("x", r.article().id());
        assertEquals("Text.", r.article().text());
        assertEquals("https://e.com/x", r.article().metadata().url());
        assertEquals(LocalDate.of(2020, 1, 2), r.article().metadata().published());
        assertEquals("Head", r.article().metadata().title());
    }

    @Test
    void overlongLineIsSkippedAndReadingGoesOn() throws IOException {
        Path file = dir.resolve("long.jsonl");
        String huge = "{\"id\":\"big\",\"text\":\"" + "x".repeat(200_000) + "\"}";
        Files.writeString(file, huge + "\n{\"id\":\"small\",\"text\":\"ok\"}\n");
        List<ReadOutcome> outcomes = read(new JsonLinesReader(JsonlFields.DEFAULTS,
                InputLimits.DEFAULTS.withMaxDocumentBytes(100_000)), file);
        assertEquals(2, outcomes.size());
        assertEquals("too-large", assertInstanceOf(ReadOutcome.Skipped.class, outcomes.get(0)).reason());
        assertEquals("small", assertInstanceOf(ReadOutcome.Read.class, outcomes.get(1)).article().id());
    }

    @Test
    void gzipBombEndsInADiagnostic() throws IOException {
        Path file = dir.resolve("bomb.jsonl.gz");
        byte[] blanks = new byte[1 << 20];
        java.util.Arrays.fill(blanks, (byte) '\n');
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.write("{\"id\":\"a\",\"text\":\"first\"}\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 100; i++) {
                out.write(blanks);
            }
        }
        List<ReadOutcome> outcomes = read(new JsonLinesReader(JsonlFields.DEFAULTS,
                InputLimits.DEFAULTS.withMaxInflatedBytes(32L << 20)), file);
        assertEquals(2, outcomes.size());
        assertInstanceOf(ReadOutcome.Read.class, outcomes.get(0));
        assertEquals("gzip-bomb", assertInstanceOf(ReadOutcome.Skipped.class, outcomes.get(1)).reason());
    }

    @Test
    void readsNewsMixAsIs() {
        Path mix = SharedData.require("news/news-mix.jsonl.gz");
        Map<String, Integer> counts = new TreeMap<>();
        int[] withOutlet = {0};
        new JsonLinesReader().read(mix, o -> {
            counts.merge(o instanceof ReadOutcome.Skipped s ? "skip:" + s.reason() : "read", 1, Integer::sum);
            if (o instanceof ReadOutcome.Read r && r.article().metadata().outlet() != null
                    && r.article().metadata().language() != null) {
                withOutlet[0]++;
            }
        });
        assertEquals(Map.of("read", 23_478), counts);
        assertEquals(23_478, withOutlet[0]);
    }
}
