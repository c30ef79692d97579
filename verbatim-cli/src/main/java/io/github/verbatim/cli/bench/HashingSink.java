package io.github.verbatim.cli.bench;

import java.io.OutputStream;

/**
 * An output stream that keeps nothing: it counts the bytes written and hashes them (64-bit FNV-1a) since the
 * last {@link #take()}. Lets a benchmark write real output without holding it. Not thread-safe.
 */
final class HashingSink extends OutputStream {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long hash = OFFSET;
    private long bytes;

    @Override
    public void write(int b) {
        hash = (hash ^ (b & 0xff)) * PRIME;
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        long h = hash;
        for (int i = off; i < off + len; i++) {
            h = (h ^ (b[i] & 0xff)) * PRIME;
        }
        hash = h;
        bytes += len;
    }

    /** The hash of the bytes written since the last call, then starts a new hash. */
    long take() {
        long h = hash;
        hash = OFFSET;
        return h;
    }

    /** All bytes written so far. */
    long bytes() {
        return bytes;
    }
}
