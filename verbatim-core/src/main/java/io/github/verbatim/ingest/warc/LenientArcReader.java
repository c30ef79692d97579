package io.github.verbatim.ingest.warc;

import io.github.verbatim.ingest.InputLimits;
import io.github.verbatim.ingest.Inputs;
import io.github.verbatim.ingest.LimitExceededException;
import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.ingest.html.HtmlArticleParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forgiving reader of ARC (version 1) files for what jwarc rejects, chiefly URLs with spaces in record
 * headers. A header line is {@code URL IP-address Archive-date Content-type Archive-length}; the four fields
 * are taken from the right, so the URL may hold spaces. The first record ({@code filedesc://}) and non-HTTP
 * records are counted as {@code not-article}; HTTP responses go through {@link LenientHttp} and
 * {@link HtmlArticleParser} exactly as in {@link WarcFileReader}. A header that cannot be parsed ends the file
 * with one {@code malformed-record} skip; a last record cut short is read with a {@code truncated-record} note. Immutable and thread-safe.
 */
final class LenientArcReader {

    private static final Pattern HEADER = Pattern.compile(
            "^(.+?)\\s+(\\S+)\\s+(\\d{8,14})\\s+(\\S+)\\s+(\\d+)\\s*$");

    private final InputLimits limits;
    private final HtmlArticleParser html;

    LenientArcReader(InputLimits limits, HtmlArticleParser html) {
        this.limits = limits;
        this.html = html;
    }

    /**
     * Reads {@code file}, reporting records after the first {@code alreadyReported} (those a stricter reader
     * has reported) to {@code sink}.
     */
    void read(Path file, int alreadyReported, Consumer<ReadOutcome> sink) {
        String base = file.toString();
        int ordinal = 0;
        try (InputStream in = Inputs.open(file, limits.maxInflatedBytes())) {
            while (true) {
                String line = readLine(in);
                while (line != null && line.isBlank()) {
                    line = readLine(in);
                }
                if (line == null) {
                    return;
                }
                ordinal++;
                String location = base + "#" + ordinal;
                Matcher m = HEADER.matcher(line);
                if (!m.matches()) {
                    sink.accept(new ReadOutcome.Skipped(location, "malformed-record",
                            "unreadable ARC header; the rest of the file is abandoned: " + abbreviate(line)));
                    return;
                }
                long length = Long.parseLong(m.group(5));
                String url = m.group(1);
                ReadOutcome outcome;
                if (length > limits.maxDocumentBytes()) {
                    in.skipNBytes(length);
                    outcome = new ReadOutcome.Skipped(location, "too-large", "record of " + length + " bytes");
                } else {
                    byte[] block = in.readNBytes((int) length);
                    outcome = record(url, m.group(3), m.group(4), block, location);
                    if (block.length < length) {
                        // the file ends inside this record: read what is there, say so, and stop
                        String note = "truncated-record: " + block.length + " of " + length + " bytes present";
                        outcome = outcome instanceof ReadOutcome.Read r
                                ? new ReadOutcome.Read(r.article(), r.location(), append(r.notes(), note))
                                : new ReadOutcome.Skipped(location, ((ReadOutcome.Skipped) outcome).reason(),
                                        ((ReadOutcome.Skipped) outcome).detail() + "; " + note);
                        if (ordinal > alreadyReported) {
                            sink.accept(outcome);
                        }
                        return;
                    }
                }
                if (ordinal > alreadyReported) {
                    sink.accept(outcome);
                }
            }
        } catch (LimitExceededException e) {
            sink.accept(new ReadOutcome.Skipped(base + "#" + (ordinal + 1), e.reason(), e.getMessage()));
        } catch (IOException | RuntimeException e) {
            sink.accept(new ReadOutcome.Skipped(base + "#" + (ordinal + 1), "malformed-record",
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private ReadOutcome record(String url, String date, String type, byte[] block, String location)
            throws IOException {
        if (url.startsWith("filedesc:") || !url.toLowerCase(Locale.ROOT).startsWith("http")) {
            return new ReadOutcome.Skipped(location, "not-article", "ARC " + url.split(":", 2)[0] + " record");
        }
        LenientHttp.Response http = LenientHttp.parse(block, limits.maxDocumentBytes());
        if (http == null) {
            return new ReadOutcome.Skipped(location, "malformed-record", "no HTTP response in the ARC record");
        }
        if (http.status() != 200) {
            return new ReadOutcome.Skipped(location, "http-" + http.status(), "HTTP status " + http.status() + " for " + url);
        }
        String contentType = http.contentType() != null ? http.contentType() : type;
        String base = contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
            return new ReadOutcome.Skipped(location, "not-html", "payload is " + contentType + " at " + url);
        }
        LocalDate day = null;
        if (date.length() >= 8) {
            try {
                day = LocalDate.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(4, 6)),
                        Integer.parseInt(date.substring(6, 8)));
            } catch (java.time.DateTimeException | NumberFormatException e) {
                day = null;
            }
        }
        return html.parse(http.body(), url, location, new HtmlArticleParser.Origin(contentType, url, day));
    }

    private static java.util.List<String> append(java.util.List<String> notes, String note) {
        java.util.List<String> out = new java.util.ArrayList<>(notes);
        out.add(note);
        return out;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (line.size() < 65536) {
                line.write(b);
            }
        }
        if (b < 0 && line.size() == 0) {
            return null;
        }
        return line.toString(StandardCharsets.ISO_8859_1).replace("\r", "");
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "...";
    }
}
