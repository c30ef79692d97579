package io.github.verbatim.ingest;

import io.github.verbatim.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads a {@code .txt} file as one article whose id is the file name.
 *
 * <p>The text must be UTF-8 (a leading byte-order mark is dropped). A file is skipped, with a reason, when
 * it is empty or blank ({@code empty}), larger than the byte limit ({@code too-large}), looks binary
 * ({@code binary}: NUL bytes or mostly control characters in its first 8 KB), is not valid UTF-8
 * ({@code invalid-utf8}, with the byte offset of the first bad sequence), or cannot be read ({@code io-error}).
 */
public final class TextFileReader implements ArticleReader {

    /** Default largest file read: 64 MB. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final long maxBytes;

    /** A reader with the {@link #DEFAULT_MAX_BYTES default} size limit. */
    public TextFileReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that skips files over {@code maxBytes}. */
    public TextFileReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".text");
    }

    @Override
    public void read(Path file, Consumer<ReadOutcome> sink) {
        String location = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                sink.accept(new ReadOutcome.Skipped(location, "too-large",
                        "file is " + size + " bytes; the limit is " + maxBytes));
                return;
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(new ReadOutcome.Skipped(location, "io-error", String.valueOf(e.getMessage())));
            return;
        }
        sink.accept(decode(file.getFileName().toString(), location, bytes));
    }

    /** Decodes {@code bytes} as a UTF-8 article, or explains why not. Shared by readers of text payloads. */
    public static ReadOutcome decode(String id, String location, byte[] bytes) {
        String binary = binaryReason(bytes);
        if (binary != null) {
            return new ReadOutcome.Skipped(location, "binary", binary);
        }
        String text;
        try {
            text = strictUtf8(bytes);
        } catch (CharacterCodingException e) {
            return new ReadOutcome.Skipped(location, "invalid-utf8",
                    "not valid UTF-8 at byte " + firstInvalidUtf8(bytes));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new ReadOutcome.Skipped(location, "empty", bytes.length == 0 ? "empty file" : "only white space");
        }
        return new ReadOutcome.Read(Article.of(id, text), location);
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** A reason when the first 8 KB look binary, else null. */
    static String binaryReason(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return "contains NUL bytes (at byte " + i + ")";
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (n > 0 && control * 10 > n) {
            return control + " control bytes in the first " + n;
        }
        return null;
    }

    /** Byte offset of the first malformed UTF-8 sequence, or -1. */
    static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        return r.isError() ? in.position() : -1;
    }
}
