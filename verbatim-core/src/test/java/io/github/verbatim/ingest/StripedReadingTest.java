package io.github.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.testing.SharedData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a file in stripes ({@link Stripe}) gives, stripe by stripe, exactly the outcomes of one full read at
 * the positions each stripe keeps: on small examples, seeded random JSON Lines (blank, broken and over-long
 * lines) and every real and malformed archive under {@code ../shared/warc}.
 */
class StripedReadingTest {

    @TempDir
    Path dir;

    /** An outcome reduced to what must match: kind, location, reason or article id and text. */
    private static String describe(ReadOutcome o) {
        if (o instanceof ReadOutcome.Read r) {
            return "read " + r.location() + " " + r.article().id() + " " + r.article().text().hashCode() + " "
                    + r.article().metadata() + " " + r.notes();
        }
        ReadOutcome.Skipped s = (ReadOutcome.Skipped) o;
        return "skip " + s.location() + " " + s.reason() + " " + s.detail();
    }

    private static void assertStripesPartitionTheFullRead(InputWalker walker, Path file, int count) {
        List<String> full = new ArrayList<>();
        walker.read(file, o -> full.add(describe(o)));
        for (int index = 0; index < count; index++) {
            List<String> expected = new ArrayList<>();
            for (int p = index; p < full.size(); p += count) {
                expected.add(full.get(p));
            }
            List<String> actual = new ArrayList<>();
            walker.read(file, o -> actual.add(describe(o)), new Stripe(index, count));
            assertEquals(expected, actual, file + " stripe " + index + " of " + count);
        }
    }

    @Test
    void stripesAreValidatedAndKeepEveryNthPosition() {
        assertThrows(IllegalArgumentException.class, () -> new Stripe(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Stripe(2, 2));
        assertThrows(IllegalArgumentException.class, () -> new Stripe(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Stripe(0, 2).keeps(-1));
        Stripe s = new Stripe(1, 3);
        assertFalse(s.keeps(0));
        assertTrue(s.keeps(1));
        assertTrue(s.keeps(4));
        assertTrue(Stripe.ALL.keeps(7));
    }

    @Test
    void jsonLinesWithBlankBrokenAndOverlongLines() throws IOException {
        Path file = dir.resolve("mixed.jsonl");
        Files.writeString(file, String.join("\n", "{\"text\": \"One said hello.\", \"url\": \"http://a/1\"}", "",
                "not json", "{\"text\": \"\"}", "{\"title\": \"no text\"}", "   ",
                "{\"text\": \"Two said \\\"yes,\\\" she said.\"}", "[1, 2]", "{\"text\": \"Three.\"}"),
                StandardCharsets.UTF_8);
        InputWalker walker = InputWalker.standard();
        for (int count = 1; count <= 4; count++) {
            assertStripesPartitionTheFullRead(walker, file, count);
        }
        Path small = dir.resolve("limited.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(small))) {
            out.write(("{\"text\": \"" + "x".repeat(300) + "\"}\n{\"text\": \"short\"}\n").repeat(20)
                    .getBytes(StandardCharsets.UTF_8));
        }
        InputWalker limited = InputWalker.standard(io.github.verbatim.ingest.jsonl.JsonlFields.DEFAULTS,
                new InputLimits(200, 2_000, InputLimits.DEFAULTS.maxDomDepth()));
        assertStripesPartitionTheFullRead(limited, small, 3);
    }

    @Test
    void seededRandomJsonLines() throws IOException {
        Random random = new Random(20261128);
        for (int round = 0; round < 10; round++) {
            StringBuilder b = new StringBuilder();
            int lines = random.nextInt(40);
            for (int i = 0; i < lines; i++) {
                switch (random.nextInt(4)) {
                    case 0 -> b.append("{\"text\": \"article ").append(i).append("\"}");
                    case 1 -> b.append(" ");
                    case 2 -> b.append("{broken ").append(i);
                    default -> b.append("{\"id\": \"d").append(i).append("\", \"text\": \"said ").append(i).append("\"}");
                }
                b.append('\n');
            }
            Path file = dir.resolve("random-" + round + ".jsonl");
            Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
            assertStripesPartitionTheFullRead(InputWalker.standard(), file, 1 + random.nextInt(5));
        }
    }

    @Test
    void everySharedArchiveRealAndMalformed() throws IOException {
        Path warc = SharedData.require("warc");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(warc)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        InputWalker walker = InputWalker.standard();
        int archives = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.contains(".warc") || name.contains(".arc") || name.contains(".wet")) {
                archives++;
                assertStripesPartitionTheFullRead(walker, file, 2);
                assertStripesPartitionTheFullRead(walker, file, 3);
            }
        }
        assertTrue(archives > 10, "archives under ../shared/warc: " + archives);
    }
}
