package io.github.verbatim.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one kind of input file (plain text, HTML, WARC, JSON Lines, ...) into articles.
 *
 * <p>Contract: {@link #read} reports every document the file holds to {@code sink} as exactly one
 * {@link ReadOutcome}, and never throws for bad data: an unreadable file or record becomes a
 * {@link ReadOutcome.Skipped}. Implementations are immutable and thread-safe.
 */
public interface ArticleReader {

    /** Whether this reader handles {@code file}, judged by its name. */
    boolean accepts(Path file);

    /** Reads {@code file}, reporting each document found to {@code sink}. */
    void read(Path file, Consumer<ReadOutcome> sink);

    /**
     * Reads {@code file} as {@link #read(Path, Consumer)} does, also reporting to {@code consumed} how many
     * more bytes of the file (as stored on disk, compressed or not) have been read, as reading goes; the
     * reports add up to the file's size once reading ends. Readers of large multi-document files (archives,
     * JSON Lines) report as they go; the default reports the whole size at the end.
     */
    default void read(Path file, Consumer<ReadOutcome> sink, java.util.function.LongConsumer consumed) {
        read(file, sink);
        try {
            consumed.accept(java.nio.file.Files.size(file));
        } catch (java.io.IOException e) {
            consumed.accept(0);
        }
    }

    /**
     * Reads only the documents of {@code stripe} (see {@link Stripe}): the outcomes, in order, that
     * {@link #read(Path, Consumer)} reports at positions the stripe keeps, and no others. Readers of
     * multi-document files override this to pass over the documents of other stripes without decoding them
     * (no JSON parse, no HTML extraction); the default reads everything and drops the rest.
     */
    default void read(Path file, Consumer<ReadOutcome> sink, Stripe stripe) {
        java.util.Objects.requireNonNull(stripe, "stripe");
        long[] position = {0};
        read(file, outcome -> {
            if (stripe.keeps(position[0]++)) {
                sink.accept(outcome);
            }
        });
    }
}
