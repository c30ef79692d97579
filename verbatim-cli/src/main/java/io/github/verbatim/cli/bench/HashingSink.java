package io.github.verbatim.cli.bench;

import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * An output stream that keeps nothing: it counts the bytes written and hashes them since the last
 * {@link #take()}. Lets a benchmark write real output without holding it. The hash reads the bytes as
 * little-endian 64-bit words (a partial word is carried over from one {@code write} to the next), so it
 * depends only on the bytes written, never on how they were split into calls, and costs a fraction of a
 * byte-by-byte hash: the bench's stand-in for an output file should cost about what writing to a buffered
 * file does, not a dependent multiply per byte. Not a cryptographic hash; equal hashes across runs mean
 * identical output with overwhelming likelihood. Not thread-safe.
 */
final class HashingSink extends OutputStream {

    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long SEED = 0x9E3779B97F4A7C15L;
    private static final long M1 = 0xBF58476D1CE4E5B9L;
    private static final long M2 = 0x94D049BB133111EBL;

    private long hash = SEED;
    private long pending;
    private int pendingBytes;
    private long taken;
    private long bytes;

    @Override
    public void write(int b) {
        add(b & 0xff);
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        int i = off;
        int end = off + len;
        while (pendingBytes != 0 && i < end) {
            add(b[i++] & 0xff);
        }
        long h = hash;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            h = mix(h, (long) WORD.get(b, i));
        }
        hash = h;
        while (i < end) {
            add(b[i++] & 0xff);
        }
        bytes += len;
    }

    private void add(int unsignedByte) {
        pending |= (long) unsignedByte << (8 * pendingBytes);
        if (++pendingBytes == Long.BYTES) {
            hash = mix(hash, pending);
            pending = 0;
            pendingBytes = 0;
        }
    }

    private static long mix(long h, long word) {
        return Long.rotateLeft((h ^ word) * M1, 29) * M2;
    }

    /** The hash of the bytes written since the last call, then starts a new hash. */
    long take() {
        long h = mix(hash, pending ^ ((long) pendingBytes << 59) ^ (bytes - taken));
        h ^= h >>> 31;
        hash = SEED;
        pending = 0;
        pendingBytes = 0;
        taken = bytes;
        return h;
    }

    /** All bytes written so far. */
    long bytes() {
        return bytes;
    }
}
