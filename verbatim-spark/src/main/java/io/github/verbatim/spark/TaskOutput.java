package io.github.verbatim.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What one extraction task returns to the driver: the files its attempt wrote (to be committed by
 * {@link JobOutput}), its counts, its documents without attributions, and its stored articles' statement
 * reports and speaker observations, packed ({@link AggregationRecords}). No article texts. Immutable.
 *
 * @param partition       the task's partition
 * @param attributionFile the attempt's {@code attributions} Parquet file
 * @param resultFile      the attempt's {@code results} gzipped JSON Lines file
 * @param articles        articles extracted
 * @param attributions    attribution rows written
 * @param skips           the partition's read skips, then its pipeline errors
 * @param reports         packed statement reports of the stored articles
 * @param observations    packed speaker observations of the stored articles
 */
record TaskOutput(int partition, String attributionFile, String resultFile, long articles, long attributions,
                  List<SkipRecord> skips, byte[] reports, byte[] observations) implements Serializable {

    TaskOutput {
        Objects.requireNonNull(attributionFile, "attributionFile");
        Objects.requireNonNull(resultFile, "resultFile");
        skips = List.copyOf(skips);
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(observations, "observations");
    }
}
