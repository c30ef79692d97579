package io.github.verbatim.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.ingest.InputLimits;
import io.github.verbatim.ingest.ReadOutcome;
import java.io.BufferedOutputStream;
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

/**
 * Hostile pages end in a diagnostic within bounded memory. With the default limits a page costs at most
 * 16 MB of bytes (plus its decoded text and DOM); these inputs are far beyond that.
 */
class HtmlLimitsTest {

    @TempDir
    Path dir;

    private static List<ReadOutcome> read(Path file) {
        List<ReadOutcome> out = new ArrayList<>();
        new HtmlFileReader().read(file, out::add);
        return out;
    }

    @Test
    void gzipBombIsStoppedWhileInflating() throws IOException {
        Path bomb = dir.resolve("bomb.html.gz");
        byte[] zeros = new byte[1 << 20];
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(bomb)))) {
            out.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 256; i++) { // 256 MB of zeros, sixteen times the limit
                out.write(zeros);
            }
        }
        assertTrue(Files.size(bomb) < 1_000_000, "the bomb is small on disk");
        List<ReadOutcome> outcomes = read(bomb);
        assertEquals(1, outcomes.size());
        assertEquals("gzip-bomb", assertInstanceOf(ReadOutcome.Skipped.class, outcomes.get(0)).reason());
    }

    @Test
    void hundredMegabytePageIsSkippedAsTooLarge() throws IOException {
        Path big = dir.resolve("big.html");
        byte[] para = "<p>This is a paragraph of a very long page that goes on and on.</p>\n"
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big), 1 << 20)) {
            out.write("<html><body>".getBytes(StandardCharsets.US_ASCII));
            for (long written = 0; written < 100L << 20; written += para.length) {
                out.write(para);
            }
        }
        List<ReadOutcome> outcomes = read(big);
        assertEquals(1, outcomes.size());
        assertEquals("too-large", assertInstanceOf(ReadOutcome.Skipped.class, outcomes.get(0)).reason());
    }

    @Test
    void tenThousandLevelDomIsFlattenedWithANote() throws IOException {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(10_000));
        html.append("<p>Deep inside the nesting there is still a sentence worth reading, said the tester.</p>");
        html.append("</div>".repeat(10_000)).append("</body></html>");
        Path deep = dir.resolve("deep.html");
        Files.writeString(deep, html);
        List<ReadOutcome> outcomes = read(deep);
        assertEquals(1, outcomes.size());
        ReadOutcome.Read r = assertInstanceOf(ReadOutcome.Read.class, outcomes.get(0));
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("dom-too-deep")), r.notes().toString());
        assertTrue(r.article().text().contains("worth reading"));
        assertTrue(HtmlArticleParser.maxDepth(org.jsoup.Jsoup.parse("<p>x</p>")) < InputLimits.DEFAULTS.maxDomDepth());
    }
}
