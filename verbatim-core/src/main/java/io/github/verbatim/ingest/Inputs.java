package io.github.verbatim.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Opening input files: gzip recognised by its magic bytes, inflation bounded. Stateless. */
public final class Inputs {

    private Inputs() {
    }

    /** Whether the file name ends in {@code .gz}. */
    public static boolean isGzipName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The file name without a trailing {@code .gz}, lower-cased. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /**
     * Opens {@code file}, inflating it when it starts with the gzip magic (multi-member streams included),
     * and failing with {@link LimitExceededException} ({@code gzip-bomb}) once it has inflated past
     * {@code maxInflated} bytes.
     */
    public static InputStream open(Path file, long maxInflated) throws IOException {
        return open(file, maxInflated, n -> { });
    }

    /**
     * As {@link #open(Path, long)}, also reporting to {@code rawBytesRead} each batch of bytes read from the
     * file itself (before inflating), for progress.
     */
    public static InputStream open(Path file, long maxInflated, java.util.function.LongConsumer rawBytesRead)
            throws IOException {
        InputStream counted = new java.io.FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    rawBytesRead.accept(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    rawBytesRead.accept(n);
                }
                return n;
            }
        };
        BufferedInputStream raw = new BufferedInputStream(counted, 1 << 16);
        try {
            raw.mark(2);
            int b1 = raw.read();
            int b2 = raw.read();
            raw.reset();
            if (b1 == 0x1f && b2 == 0x8b) {
                return new CountingLimitStream(new GZIPInputStream(raw, 1 << 16), maxInflated, "gzip-bomb");
            }
            return raw;
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * Reads at most {@code maxBytes} from {@code in}; fails with {@link LimitExceededException}
     * ({@code too-large}) when there is more, without reading further than one byte past the limit.
     */
    public static byte[] readBounded(InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new LimitExceededException("too-large", "document is larger than " + maxBytes + " bytes");
        }
        return bytes;
    }
}
