package io.github.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.testing.SharedData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reported bytes add up to each file's size, and big files report as they go, not only at the end. */
class InputWalkerProgressTest {

    @TempDir
    Path dir;

    private static List<Long> reports(Path file) {
        List<Long> reports = new ArrayList<>();
        InputWalker.standard().read(file, o -> { }, reports::add);
        return reports;
    }

    @Test
    void jsonLinesReportAsTheyGo() throws IOException {
        Path file = dir.resolve("big.jsonl.gz");
        java.util.Random random = new java.util.Random(3);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < 20_000; i++) {
                out.write(("{\"id\":\"" + i + "\",\"text\":\"" + Long.toHexString(random.nextLong()) + " said.\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        List<Long> reports = reports(file);
        assertEquals(Files.size(file), reports.stream().mapToLong(Long::longValue).sum());
        assertTrue(reports.size() > 2, reports.toString());
    }

    @Test
    void otherFilesReportTheirSize() throws IOException {
        Path html = dir.resolve("a.html");
        Files.writeString(html, "<p>Some text that is long enough to be an article paragraph, said the test.</p>");
        assertEquals(List.of(Files.size(html)), reports(html));
        Path unknown = dir.resolve("a.pdf");
        Files.writeString(unknown, "%PDF");
        assertEquals(List.of(4L), reports(unknown));
    }

    @Test
    void archivesReportUpToTheirSize() throws IOException {
        Path warc = SharedData.require("warc/pipestream/sample-doc-types/warc/sample-small-336kb.warc.gz");
        List<Long> reports = reports(warc);
        assertEquals(Files.size(warc), reports.stream().mapToLong(Long::longValue).sum());
        assertTrue(reports.size() > 2, reports.toString());
    }
}
