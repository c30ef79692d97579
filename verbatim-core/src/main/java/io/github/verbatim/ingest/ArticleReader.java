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
}
