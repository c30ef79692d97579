package io.github.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.testing.SharedData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded garbage and mutilated real files, under every supported name: reading never throws, and every call
 * reports at least one outcome, each skip with a reason and a detail.
 */
class GarbageInputTest {

    private static final String[] NAMES = {"x.html", "x.html.gz", "x.warc", "x.warc.gz", "x.wet.gz", "x.arc",
        "x.arc.gz", "x.jsonl", "x.jsonl.gz", "x.txt"};

    @TempDir
    Path dir;

    private void assertReadsCleanly(Path file) {
        List<ReadOutcome> outcomes = new ArrayList<>();
        InputWalker.standard().read(file, outcomes::add);
        assertFalse(outcomes.isEmpty(), file.toString());
        for (ReadOutcome o : outcomes) {
            if (o instanceof ReadOutcome.Skipped s) {
                assertTrue(!s.reason().isBlank() && !s.detail().isBlank(), s.toString());
            }
        }
    }

    private void write(Path file, byte[] bytes, boolean gzip) throws IOException {
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(bytes);
        }
    }

    @Test
    void randomBytesUnderEveryName() throws IOException {
        Random random = new Random(1234);
        for (int round = 0; round < 20; round++) {
            byte[] bytes = new byte[random.nextInt(4000)];
            random.nextBytes(bytes);
            for (String name : NAMES) {
                Path file = dir.resolve(round + "-" + name);
                write(file, bytes, name.endsWith(".gz") && random.nextBoolean());
                assertReadsCleanly(file);
            }
        }
    }

    @Test
    void realArchivesCutAndFlippedAtRandom() throws IOException {
        Random random = new Random(99);
        List<Path> sources = List.of(SharedData.require("warc/warcio-testdata/test/data/example.warc"),
                SharedData.require("warc/warcio-testdata/test/data/example.warc.gz"),
                SharedData.require("warc/whirlwind/whirlwind.warc.wet.gz"),
                SharedData.require("warc/warcio-testdata/test/data/example.arc"));
        for (Path source : sources) {
            byte[] original = Files.readAllBytes(source);
            for (int round = 0; round < 15; round++) {
                byte[] bytes = java.util.Arrays.copyOf(original, 1 + random.nextInt(original.length));
                for (int flips = random.nextInt(4); flips > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                Path file = dir.resolve(round + "-" + source.getFileName());
                Files.write(file, bytes);
                assertReadsCleanly(file);
            }
        }
    }
}
