package io.github.verbatim.ingest;

/**
 * One of {@code count} interleaved shares of a file's documents: the documents at positions {@code p}
 * (0-based, in reading order, counting every outcome the full read would report, skips included) with
 * {@code p % count == index}. Reading all {@code count} stripes of a file reports exactly the outcomes of
 * one full read, each once, so several workers can share one file that cannot be split by byte range
 * (a gzipped JSON Lines file, a WARC without an index). Immutable.
 *
 * @param index which share, from 0
 * @param count how many shares, at least 1
 */
public record Stripe(int index, int count) {

    /** The whole file: one stripe holding every document. */
    public static final Stripe ALL = new Stripe(0, 1);

    public Stripe {
        if (count < 1) {
            throw new IllegalArgumentException("stripe count must be at least 1, got " + count);
        }
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("stripe index must be in [0, " + count + "), got " + index);
        }
    }

    /** Whether the document at {@code position} (0-based, in reading order) belongs to this stripe. */
    public boolean keeps(long position) {
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative, got " + position);
        }
        return count == 1 || position % count == index;
    }
}
