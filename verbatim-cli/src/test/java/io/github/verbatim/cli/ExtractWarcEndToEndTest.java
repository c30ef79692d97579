package io.github.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.verbatim.ingest.Inputs;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The end-to-end check: the fundus pages, written into a per-record-gzipped WARC with jwarc, run
 * through {@code verbatim extract} and give the same JSON lines as {@code verbatim extract} on the page files,
 * apart from the {@code doc} id (target URI versus file name) and the URL and date a page that states none
 * takes from its archive record.
 */
class ExtractWarcEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void fundusThroughAWarcEqualsFundusFromDisk() throws IOException {
        Path fundus = Path.of(System.getProperty("verbatim.shared", "../shared")).resolve("html/fundus");
        assumeTrue(Files.isRegularFile(fundus.resolve("manifest.jsonl")), "skipped: " + fundus + " is missing");
        Map<String, String> urlByPage = new TreeMap<>();
        for (String line : Files.readAllLines(fundus.resolve("manifest.jsonl"))) {
            JsonNode entry = JSON.readTree(line);
            urlByPage.put(Path.of(entry.get("html_gz").asText()).getFileName().toString(),
                    entry.get("url").asText().replace(" ", "%20"));
        }
        Path warc = dir.resolve("fundus.warc.gz");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (Map.Entry<String, String> page : urlByPage.entrySet()) {
                byte[] html;
                try (InputStream in = Inputs.open(fundus.resolve("pages").resolve(page.getKey()), Long.MAX_VALUE)) {
                    html = in.readAllBytes();
                }
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"), html)
                        .build();
                writer.write(new WarcResponse.Builder(URI.create(page.getValue()))
                        .date(Instant.parse("2024-01-01T00:00:00Z")).body(http).build());
            }
        }
        List<String> direct = extract(fundus.resolve("pages"), dir.resolve("direct.jsonl"));
        List<String> archived = extract(warc, dir.resolve("archived.jsonl"));
        assertEquals(urlByPage.size(), direct.size());
        assertEquals(direct.size(), archived.size());
        List<String> urls = List.copyOf(urlByPage.values());
        for (int i = 0; i < direct.size(); i++) {
            ObjectNode want = (ObjectNode) JSON.readTree(direct.get(i));
            ObjectNode got = (ObjectNode) JSON.readTree(archived.get(i));
            String page = want.remove("doc").asText();
            assertEquals(urls.get(i), got.remove("doc").asText(), page);
            if (!want.has("url")) {
                assertTrue(got.remove("url").asText().startsWith("http"), page);
            }
            if (want.get("published").isNull()) {
                assertEquals("2024-01-01", got.get("published").asText(), page);
                got.putNull("published");
                // with the WARC date as publication date, statement times resolve against it or fall back to it
                for (int k = 0; k < want.get("attributions").size(); k++) {
                    ObjectNode w = (ObjectNode) want.get("attributions").get(k);
                    ObjectNode g = (ObjectNode) got.get("attributions").get(k);
                    com.fasterxml.jackson.databind.JsonNode gotTime = g.remove("time");
                    com.fasterxml.jackson.databind.JsonNode wantTime = w.remove("time");
                    if (wantTime == null || wantTime.isNull()) {
                        assertEquals("article", gotTime.get("source").asText(), page);
                        assertEquals("2024-01-01", gotTime.get("date").asText(), page);
                    } else {
                        assertEquals(wantTime.get("text"), gotTime.get("text"), page);
                        assertEquals(wantTime.get("span"), gotTime.get("span"), page);
                    }
                }
            }
            assertEquals(want, got, page);
        }
    }

    private static List<String> extract(Path input, Path out) throws IOException {
        StringWriter err = new StringWriter();
        picocli.CommandLine cli = VerbatimCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("extract", input.toString(), "--out", out.toString(), "--with-text", "--no-dedup");
        assertEquals(0, exit, err.toString());
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }
}
