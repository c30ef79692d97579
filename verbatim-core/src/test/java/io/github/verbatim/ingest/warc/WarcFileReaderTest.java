package io.github.verbatim.ingest.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcFileReaderTest {

    private static final WarcFileReader READER = new WarcFileReader();

    @TempDir
    Path dir;

    private static List<ReadOutcome> read(Path file) {
        List<ReadOutcome> out = new ArrayList<>();
        READER.read(file, out::add);
        return out;
    }

    /** "read" or "skip:reason" → count. */
    private static Map<String, Integer> tally(List<ReadOutcome> outcomes) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ReadOutcome o : outcomes) {
            counts.merge(o instanceof ReadOutcome.Skipped s ? "skip:" + s.reason() : "read", 1, Integer::sum);
        }
        return counts;
    }

    private static WarcResponse response(String uri, int status, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(uri)).date(Instant.parse("2024-05-03T10:00:00Z")).body(http)
                .build();
    }

    private static final String ARTICLE = "<html><head><title>Harbour reopens</title></head><body><article>"
            + "<p>The harbour reopened on Friday after three weeks of repairs, the port authority said.</p>"
            + "</article></body></html>";

    private void writeSample(OutputStream out, WarcCompression compression) throws IOException {
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
            writer.write(response("https://example.com/harbour", 200, "text/html; charset=utf-8", ARTICLE));
            writer.write(response("https://example.com/missing", 404, "text/html", "<p>not found</p>"));
            writer.write(response("https://example.com/logo.json", 200, "application/json", "{}"));
        }
    }

    private static void assertSample(List<ReadOutcome> outcomes) {
        assertEquals(Map.of("read", 1, "skip:http-404", 1, "skip:not-html", 1), tally(outcomes));
        ReadOutcome.Read r = assertInstanceOf(ReadOutcome.Read.class, outcomes.get(0));
        assertEquals("https://example.com/harbour", r.article().id());
        assertEquals("https://example.com/harbour", r.article().metadata().url());
        assertEquals(LocalDate.of(2024, 5, 3), r.article().metadata().published(), "capture date as fallback");
        assertTrue(r.article().text().startsWith("The harbour reopened"));
    }

    @Test
    void perRecordGzipMembers() throws IOException {
        Path warc = dir.resolve("members.warc.gz");
        try (OutputStream out = Files.newOutputStream(warc)) {
            writeSample(out, WarcCompression.GZIP);
        }
        assertSample(read(warc));
    }

    @Test
    void singleGzipStream() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        writeSample(plain, WarcCompression.NONE);
        Path warc = dir.resolve("stream.warc.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(warc))) {
            out.write(plain.toByteArray());
        }
        assertSample(read(warc));
        Path uncompressed = dir.resolve("plain.warc");
        Files.write(uncompressed, plain.toByteArray());
        assertSample(read(uncompressed));
    }

    @Test
    void truncatedArchiveKeepsEveryRecordBeforeTheBreak() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        writeSample(plain, WarcCompression.NONE);
        byte[] bytes = plain.toByteArray();
        Path cut = dir.resolve("cut.warc");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 40));
        List<ReadOutcome> outcomes = read(cut);
        assertInstanceOf(ReadOutcome.Read.class, outcomes.get(0));
        ReadOutcome.Skipped last = assertInstanceOf(ReadOutcome.Skipped.class, outcomes.get(outcomes.size() - 1));
        assertEquals("malformed-record", last.reason());
    }

    // ---- every real and malformed file under ../shared/warc ------------------------------------------------

    private static List<ReadOutcome> shared(String relative) {
        return read(SharedData.require("warc/" + relative));
    }

    @Test
    void commonCrawlWarcWetAndWat() {
        assertEquals(Map.of("read", 1, "skip:not-article", 3), tally(shared("whirlwind/whirlwind.warc.gz")));
        List<ReadOutcome> wet = shared("whirlwind/whirlwind.warc.wet.gz");
        assertEquals(Map.of("read", 1, "skip:not-article", 1), tally(wet));
        ReadOutcome.Read text = assertInstanceOf(ReadOutcome.Read.class, wet.get(1));
        assertEquals("https://an.wikipedia.org/wiki/Escopete", text.article().metadata().url());
        assertTrue(text.article().text().length() > 1000);
        assertEquals(Map.of("skip:not-article", 2), tally(shared("whirlwind/whirlwind.warc.wat.gz")));
    }

    @Test
    void pipestreamArchivesWithBareStatusLinesAreReadLeniently() {
        String base = "pipestream/sample-doc-types/warc/";
        for (String name : List.of("sample-tiny-566b.warc.gz", "sample-small-336kb.warc.gz",
                "sample-medium-646kb.warc.gz", "sample-july-2024-10mb.warc.gz")) {
            List<ReadOutcome> outcomes = shared(base + name);
            Map<String, Integer> t = tally(outcomes);
            assertTrue(t.getOrDefault("read", 0) > 0, name + " " + t);
            assertTrue(!t.containsKey("skip:malformed-record") && !t.containsKey("skip:io-error"), name + " " + t);
            assertTrue(outcomes.stream().filter(o -> o instanceof ReadOutcome.Read).allMatch(o ->
                    ((ReadOutcome.Read) o).notes().stream().anyMatch(n -> n.startsWith("lenient-http"))));
        }
    }

    @Test
    void warcioExamplesReadFully() {
        String base = "warcio-testdata/test/data/";
        Map<String, Integer> example = Map.of("read", 1, "skip:not-article", 5);
        assertEquals(example, tally(shared(base + "example.warc")));
        assertEquals(example, tally(shared(base + "example.warc.gz")));
        assertEquals(Map.of("read", 1, "skip:not-article", 1), tally(shared(base + "example.arc")));
        assertEquals(Map.of("read", 1, "skip:not-article", 1), tally(shared(base + "example.arc.gz")));
        assertEquals(Map.of("skip:not-html", 3, "skip:not-article", 3), tally(shared(base + "post-test.warc.gz")));
        assertEquals(Map.of("skip:not-html", 1, "skip:not-article", 1),
                tally(shared(base + "example-space-in-target-uri.warc.gz")));
        assertEquals(Map.of("read", 1, "skip:not-article", 3, "skip:not-html", 2),
                tally(shared(base + "example-wget-bad-target-uri.warc.gz")));
        assertEquals(Map.of("read", 1, "skip:not-article", 2),
                tally(shared(base + "example-iana.org-chunked.warc")));
        assertEquals(Map.of("read", 1, "skip:not-article", 2), tally(shared(base + "example-resource.warc.gz")));
    }

    @Test
    void digestsInEveryEncodingAreChecked() {
        List<ReadOutcome> outcomes = shared("warcio-testdata/test/data/example-digest.warc");
        assertEquals(Map.of("skip:not-article", 4), tally(outcomes), "block digests in base32 and base64 all match");
    }

    @Test
    void arcWithSpacesInUrlsIsReadLeniently() {
        List<ReadOutcome> outcomes = shared("warcio-testdata/test/data/example-space-in-url.arc");
        assertEquals(Map.of("read", 1, "skip:not-article", 1), tally(outcomes));
        ReadOutcome.Read r = assertInstanceOf(ReadOutcome.Read.class, outcomes.get(1));
        assertEquals("http://example.com/index.cfm?FuseAction=Email&EmailTitle=Examples From The Live Web&IsPopUp=False",
                r.article().id());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("truncated-record")), r.notes().toString());
    }

    @Test
    void badDigestIsReportedOnTheRecord() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(plain), WarcCompression.NONE)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html"), ARTICLE.getBytes(StandardCharsets.UTF_8)).build();
            writer.write(new WarcResponse.Builder(URI.create("https://example.com/x"))
                    .blockDigest("sha1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").body(http).build());
        }
        Path warc = dir.resolve("digest.warc");
        Files.write(warc, plain.toByteArray());
        List<ReadOutcome> outcomes = read(warc);
        ReadOutcome.Read r = assertInstanceOf(ReadOutcome.Read.class, outcomes.get(0));
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("bad-digest")), r.notes().toString());
    }

    @Test
    void wrongChunkingIsReadLenientlyWithNotes() {
        List<ReadOutcome> outcomes = shared("warcio-testdata/test/data/example-wrong-chunks.warc.gz");
        ReadOutcome.Read r = assertInstanceOf(ReadOutcome.Read.class, outcomes.get(0));
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("lenient-http")), r.notes().toString());
        assertTrue(r.article().text().contains("Example Domain") || r.article().text().contains("example"),
                r.article().text());
    }

    @Test
    void malformedFilesAreRejectedRecordByRecord() {
        String base = "warcio-testdata/test/data/";
        for (String name : List.of("example-trunc.warc", "bad.arc", "example-bad.warc.gz.bad",
                "example-bad-non-chunked.warc.gz", "example-space-in-url.arc")) {
            List<ReadOutcome> outcomes = shared(base + name);
            assertTrue(!outcomes.isEmpty(), name);
            for (ReadOutcome o : outcomes) {
                if (o instanceof ReadOutcome.Skipped s) {
                    assertTrue(!s.detail().isBlank() && !s.reason().isBlank(), name + " " + s);
                }
            }
        }
        Map<String, Integer> trunc = tally(shared(base + "example-trunc.warc"));
        assertEquals(2, trunc.get("skip:not-article"), trunc.toString());
        assertTrue(trunc.get("skip:malformed-record") >= 1, trunc.toString());
        assertEquals("malformed-record", ((ReadOutcome.Skipped) shared(base + "bad.arc").get(0)).reason());
    }
}
