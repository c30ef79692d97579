package io.github.verbatim.ingest.html;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes HTML bytes, choosing the charset from, in order: a byte-order mark; the HTTP {@code Content-Type}
 * header; a {@code <meta>} declaration in the first 4 KB; byte sniffing (ICU4J). A declared charset is checked
 * against the bytes: when the bytes are not valid in it, or are valid multi-byte UTF-8 while a single-byte
 * charset was declared, the declaration is wrong; the page is decoded with the sniffed charset and a
 * {@code charset-mismatch} note says so. Text that still shows mojibake patterns gets a {@code mojibake}
 * note; nothing is repaired silently. Stateless and thread-safe.
 */
public final class PageDecoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    /** UTF-8 read as windows-1252/latin-1: Ã©, Ã¼, â€™, â€œ ... */
    private static final Pattern MOJIBAKE = Pattern.compile("[ÃÂ][\\u0080-\\u00BF]|â€[\\u0080-\\u00BF™œ\"˜]");

    private PageDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param contentType the HTTP {@code Content-Type} header value, or null when unknown
     */
    public static DecodedPage decode(byte[] bytes, String contentType) {
        List<String> notes = new ArrayList<>();
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            String html = new String(bytes, skip, bytes.length - skip, bom);
            return finish(new DecodedPage(html, bom, "bom", notes));
        }
        String declaredName = null;
        String declaredSource = null;
        if (contentType != null) {
            Matcher m = HEADER_CHARSET.matcher(contentType);
            if (m.find()) {
                declaredName = m.group(1);
                declaredSource = "http";
            }
        }
        if (declaredName == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                declaredName = m.group(1);
                declaredSource = "meta";
            }
        }
        boolean validUtf8 = isStrict(bytes, StandardCharsets.UTF_8);
        boolean hasHighBytes = hasHighBytes(bytes);
        if (declaredName != null) {
            Charset declared = charset(declaredName);
            if (declared == null) {
                notes.add("charset-unknown: declared charset '" + declaredName + "' (" + declaredSource
                        + ") is not supported");
            } else {
                declared = htmlAlias(declared);
                boolean singleByte = declared.newEncoder().maxBytesPerChar() <= 1.0f;
                if (declared.equals(StandardCharsets.UTF_8) && validUtf8) {
                    return finish(new DecodedPage(new String(bytes, declared), declared, declaredSource, notes));
                }
                if (!declared.equals(StandardCharsets.UTF_8) && !(singleByte && hasHighBytes && validUtf8)
                        && isStrict(bytes, declared)) {
                    return finish(new DecodedPage(new String(bytes, declared), declared, declaredSource, notes));
                }
                Charset actual = validUtf8 ? StandardCharsets.UTF_8 : sniff(bytes, declared);
                notes.add("charset-mismatch: declared " + declared.name() + " (" + declaredSource
                        + ") but the bytes are " + actual.name());
                return finish(new DecodedPage(new String(bytes, actual), actual, "sniffed", notes));
            }
        }
        if (validUtf8) {
            return finish(new DecodedPage(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    hasHighBytes ? "sniffed" : "default", notes));
        }
        Charset sniffed = sniff(bytes, Charset.forName("windows-1252"));
        return finish(new DecodedPage(new String(bytes, sniffed), sniffed, "sniffed", notes));
    }

    private static DecodedPage finish(DecodedPage page) {
        Matcher m = MOJIBAKE.matcher(page.html());
        int hits = 0;
        while (m.find() && hits < 20) {
            hits++;
        }
        if (hits >= 3) {
            List<String> notes = new ArrayList<>(page.notes());
            notes.add("mojibake: " + hits + (hits == 20 ? "+" : "")
                    + " UTF-8-read-as-Latin-1 sequences remain after decoding as " + page.charset().name());
            return new DecodedPage(page.html(), page.charset(), page.source(), notes);
        }
        return page;
    }

    /** The charset ICU4J finds most likely, else {@code fallback}. */
    static Charset sniff(byte[] bytes, Charset fallback) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true);
        detector.setText(bytes.length > 65536 ? java.util.Arrays.copyOf(bytes, 65536) : bytes);
        CharsetMatch match = detector.detect();
        if (match != null && match.getConfidence() >= 10) {
            Charset c = charset(match.getName());
            if (c != null) {
                return htmlAlias(c);
            }
        }
        return fallback;
    }

    /** Browsers read ISO-8859-1 and US-ASCII as windows-1252 (WHATWG Encoding); so do we. */
    private static Charset htmlAlias(Charset c) {
        String n = c.name();
        if (n.equals("ISO-8859-1") || n.equals("US-ASCII")) {
            return Charset.forName("windows-1252");
        }
        return c;
    }

    private static Charset charset(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("utf8")) {
            n = "utf-8";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean hasHighBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStrict(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
