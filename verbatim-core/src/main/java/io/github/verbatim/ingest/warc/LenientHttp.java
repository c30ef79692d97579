package io.github.verbatim.ingest.warc;

import io.github.verbatim.ingest.Inputs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * A forgiving reader of a captured HTTP response block, for records whose HTTP head jwarc rejects (a status
 * line without {@code HTTP/1.1}, stray bytes): takes the status from the first line, the headers up to the
 * first blank line, and undoes chunked transfer coding and gzip/deflate content coding, inflating no more
 * than the document limit. Stateless.
 */
final class LenientHttp {

    private static final Pattern STATUS = Pattern.compile("^(?:\\S+/\\d(?:\\.\\d)?\\s+)?(\\d{3})\\b");

    /** The parts of a response that matter to us. */
    record Response(int status, String contentType, byte[] body) {
    }

    private LenientHttp() {
    }

    /** Parses {@code block}; null when not even a status code can be found. */
    static Response parse(byte[] block, long maxBody) throws IOException {
        int headEnd = indexOf(block, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        int bodyStart = headEnd + 4;
        if (headEnd < 0) {
            headEnd = indexOf(block, "\n\n".getBytes(StandardCharsets.ISO_8859_1));
            bodyStart = headEnd + 2;
        }
        if (headEnd < 0) {
            return null;
        }
        String[] lines = new String(block, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r?\n");
        Matcher m = STATUS.matcher(lines[0].trim());
        if (!m.find()) {
            return null;
        }
        String contentType = null;
        String encoding = "";
        boolean chunked = false;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim();
            switch (name) {
                case "content-type" -> contentType = value;
                case "content-encoding" -> encoding = value.toLowerCase(Locale.ROOT);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                default -> { }
            }
        }
        byte[] body = Arrays.copyOfRange(block, Math.min(bodyStart, block.length), block.length);
        if (chunked) {
            body = dechunk(body);
        }
        if (encoding.contains("gzip") || encoding.contains("deflate")) {
            try (InputStream in = encoding.contains("gzip") ? new GZIPInputStream(new ByteArrayInputStream(body))
                    : new InflaterInputStream(new ByteArrayInputStream(body))) {
                body = Inputs.readBounded(in, maxBody);
            }
        }
        return new Response(Integer.parseInt(m.group(1)), contentType, body);
    }

    /** Undoes chunked transfer coding; a broken chunk ends the body where it broke. */
    static byte[] dechunk(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length);
        int pos = 0;
        while (pos < body.length) {
            int lineEnd = indexOf(body, pos, (byte) '\n');
            if (lineEnd < 0) {
                break;
            }
            String size = new String(body, pos, lineEnd - pos, StandardCharsets.ISO_8859_1).trim();
            int semi = size.indexOf(';');
            if (semi >= 0) {
                size = size.substring(0, semi);
            }
            int n;
            try {
                n = Integer.parseInt(size, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (n == 0) {
                break;
            }
            int start = lineEnd + 1;
            int end = Math.min(body.length, start + n);
            out.write(body, start, end - start);
            pos = end;
            while (pos < body.length && (body[pos] == '\r' || body[pos] == '\n')) {
                pos++;
            }
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, int from, byte b) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
