package io.github.verbatim.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it and fails with a {@link LimitExceededException} as soon as more than
 * {@code limit} bytes have passed, so a gzip bomb is stopped while inflating, never after. Not thread-safe.
 */
public final class CountingLimitStream extends FilterInputStream {

    private final long limit;
    private final String reason;
    private long count;

    /**
     * @param in     the stream to guard
     * @param limit  most bytes allowed through
     * @param reason the skip label reported when the limit is passed
     */
    public CountingLimitStream(InputStream in, long limit, String reason) {
        super(in);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
        this.limit = limit;
        this.reason = reason;
    }

    /** Bytes read so far. */
    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            advance(skipped);
        }
        return skipped;
    }

    private void advance(long n) throws LimitExceededException {
        count += n;
        if (count > limit) {
            throw new LimitExceededException(reason, "more than " + limit + " bytes");
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
