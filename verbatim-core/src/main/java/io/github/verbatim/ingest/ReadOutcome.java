package io.github.verbatim.ingest;

import io.github.verbatim.model.Article;
import java.util.Objects;

/**
 * What reading one document produced: an {@link Read article}, or a {@link Skipped counted skip} with its
 * reason. Readers report every document they meet as exactly one outcome, so nothing is dropped silently.
 */
public sealed interface ReadOutcome permits ReadOutcome.Read, ReadOutcome.Skipped {

    /** Where the document came from: a file path, or {@code path#record} inside an archive. */
    String location();

    /**
     * An article that was read, with any non-fatal notes about reading it (a repaired encoding, a truncated
     * body) to carry into the result's diagnostics.
     */
    record Read(Article article, String location, java.util.List<String> notes) implements ReadOutcome {
        public Read {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(location, "location");
            notes = java.util.List.copyOf(notes);
        }

        public Read(Article article, String location) {
            this(article, location, java.util.List.of());
        }
    }

    /**
     * A document that was not read.
     *
     * @param location where it was
     * @param reason   a short stable label to count by ({@code empty}, {@code binary}, {@code invalid-utf8},
     *                 {@code too-large}, {@code io-error}, ...)
     * @param detail   a human-readable explanation
     */
    record Skipped(String location, String reason, String detail) implements ReadOutcome {
        public Skipped {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
