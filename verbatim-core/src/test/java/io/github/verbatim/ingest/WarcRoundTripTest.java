package io.github.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.verbatim.ingest.html.HtmlFileReader;
import io.github.verbatim.ingest.warc.WarcFileReader;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.sink.JsonLinesWriter;
import io.github.verbatim.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * End to end: every fundus page is written into one WARC with jwarc, the WARC is read back, and each
 * article's JSON line equals the one produced by reading the page file directly (apart from the
 * {@code doc} id, which is the target URI in a WARC and the file name on disk, and the URL and date a page
 * that states none gets from the archive record).
 */
class WarcRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void fundusPagesReadTheSameFromAWarc() throws IOException {
        Path manifest = SharedData.require("html/fundus/manifest.jsonl");
        Path fundus = manifest.getParent();
        List<String> direct = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        Path warc = dir.resolve("fundus.warc");
        try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(warc,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
            for (String line : Files.readAllLines(manifest)) {
                JsonNode entry = JSON.readTree(line);
                Path page = fundus.resolve(entry.get("html_gz").asText());
                String url = entry.get("url").asText();
                new HtmlFileReader().read(page, o -> direct.add(line(o)));
                byte[] html;
                try (InputStream in = Inputs.open(page, Long.MAX_VALUE)) {
                    html = in.readAllBytes();
                }
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"), html)
                        .build();
                writer.write(new WarcResponse.Builder(URI.create(url.replace(" ", "%20")))
                        .date(Instant.parse("2024-01-01T00:00:00Z")).body(http).build());
                pages.add(page.getFileName().toString());
                urls.add(url.replace(" ", "%20"));
            }
        }
        List<String> fromWarc = new ArrayList<>();
        long start = System.nanoTime();
        new WarcFileReader().read(warc, o -> fromWarc.add(line(o)));
        System.out.printf("read %d WARC records in %.1f s%n", fromWarc.size(), (System.nanoTime() - start) / 1e9);
        assertEquals(direct.size(), fromWarc.size());
        for (int i = 0; i < direct.size(); i++) {
            String expected = direct.get(i);
            String actual = fromWarc.get(i);
            if (!expected.startsWith("skipped:")) {
                JsonNode want = JSON.readTree(expected);
                ObjectNode node = (ObjectNode) JSON.readTree(actual);
                if (!want.has("url")) {
                    String url = node.remove("url").asText();
                    assertTrue(url.equals(urls.get(i)) || url.startsWith("http"),
                            "no absolute canonical link in the file: the WARC resolves it or gives the target URI");
                }
                if (want.get("published").isNull()) {
                    assertEquals("2024-01-01", node.get("published").asText(), "no page date: the capture date");
                    node.putNull("published");
                }
                actual = node.toString();
            }
            assertEquals(expected, actual, pages.get(i));
        }
    }

    /** The JSON line for one outcome without {@code doc}; a skip becomes its reason. */
    private static String line(ReadOutcome outcome) {
        if (outcome instanceof ReadOutcome.Skipped s) {
            return "skipped:" + s.reason();
        }
        ReadOutcome.Read r = (ReadOutcome.Read) outcome;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonLinesWriter writer = new JsonLinesWriter(bytes, true)) {
            writer.write(new DocumentResult(r.article(), List.of(), List.of(), List.of(), r.notes()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(bytes.toString(StandardCharsets.UTF_8));
            node.remove("doc");
            return node.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
