package io.github.verbatim.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * A document that was not turned into attributions: one row of the diagnostics table.
 *
 * @param file     the input file (a Hadoop URI)
 * @param location the document inside it ({@code uri}, {@code uri:line}, {@code uri#record})
 * @param stage    {@code read} (the reader skipped it) or {@code extract} (the pipeline reported an internal
 *                 error and returned no attributions)
 * @param reason   a short stable label to count by
 * @param detail   a human-readable explanation
 */
record SkipRecord(String file, String location, String stage, String reason, String detail) implements Serializable {

    SkipRecord {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
