package io.github.verbatim.spark;

import io.github.verbatim.index.speakers.SpeakerObservation;
import io.github.verbatim.index.statements.StatementReport;
import io.github.verbatim.index.store.JobResults;
import io.github.verbatim.pipeline.ArticleBatcher;
import io.github.verbatim.sink.JsonLinesWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;

/**
 * One extraction task: runs the pipeline over one partition of what was read, in input order, in batches of up to
 * {@link ArticleBatcher#DEFAULT_ARTICLES} articles or {@link ArticleBatcher#DEFAULT_CHARS} chars (worked stage by
 * stage, {@link ArticleProcessing#processAll}), and writes as it goes, without Spark SQL in between: the attribution rows to the attempt's {@code attributions} Parquet file
 * ({@link ParquetRows}), the stored articles' contract objects with text to its {@code results} file (gzipped
 * JSON Lines at gzip's fastest level: an interchange file read once by {@code index --from-parquet}). Skips,
 * counts and the stored articles' statement reports and speaker observations go back to the driver in the
 * task's {@link TaskOutput}. Files are named for the task attempt and committed by the driver
 * ({@link JobOutput}). Stateless.
 */
final class ExtractionTask {

    static final String ATTRIBUTIONS = "attributions";
    static final String PARQUET = ".parquet";
    static final String GZIP_TEXT = ".txt.gz";
    private static final int BUFFER = 1 << 16;

    private ExtractionTask() {
    }

    /** Extracts partition {@code partition}'s articles and writes its files; one {@link TaskOutput}. */
    static Iterator<TaskOutput> run(int partition, Iterator<ReadItem> items, ArticleFlags flags, JobOutput output,
                                    Configuration conf) {
        TaskContext task = TaskContext.get();
        long attempt = task == null ? 0 : task.taskAttemptId();
        Path attributionFile = output.attemptFile(ATTRIBUTIONS, partition, attempt, PARQUET);
        Path resultFile = output.attemptFile(JobResults.RESULTS, partition, attempt, GZIP_TEXT);
        List<SkipRecord> skips = new ArrayList<>();
        List<SkipRecord> errors = new ArrayList<>();
        List<StatementReport> reports = new ArrayList<>();
        List<SpeakerObservation> observations = new ArrayList<>();
        long[] counts = new long[2];
        List<ArticleRecord> batch = new ArrayList<>();
        long batchChars = 0;
        try (ParquetWriter<Row> rows = ParquetRows.open(attributionFile, conf, AttributionTable.SCHEMA,
                AttributionTable.UNIQUE_COLUMNS);
             JsonLinesWriter results = new JsonLinesWriter(fastGzip(resultFile.getFileSystem(conf)
                     .create(resultFile, false)), true)) {
            Sink sink = new Sink(rows, results, reports, observations, errors, counts);
            while (items.hasNext()) {
                ReadItem item = items.next();
                if (!item.isArticle()) {
                    skips.add(item.skip());
                    continue;
                }
                batch.add(item.article());
                batchChars += item.article().text().length();
                if (batch.size() >= ArticleBatcher.DEFAULT_ARTICLES || batchChars >= ArticleBatcher.DEFAULT_CHARS) {
                    sink.accept(ArticleProcessing.processAll(batch, flags));
                    batch.clear();
                    batchChars = 0;
                }
            }
            sink.accept(ArticleProcessing.processAll(batch, flags));
        } catch (IOException e) {
            // the output folder failed, not the data: the attempt fails and Spark retries it
            throw new UncheckedIOException("writing partition " + partition + " under " + output.base(), e);
        }
        skips.addAll(errors);
        return List.of(new TaskOutput(partition, attributionFile.toString(), resultFile.toString(), counts[0],
                counts[1], skips, AggregationRecords.packReports(reports),
                AggregationRecords.packObservations(observations))).iterator();
    }

    /** Where a batch's yields go: the attempt's two files, the driver's lists, and the counts. */
    private record Sink(ParquetWriter<Row> rows, JsonLinesWriter results, List<StatementReport> reports,
                        List<SpeakerObservation> observations, List<SkipRecord> errors, long[] counts) {

        /** Writes and collects {@code batch}'s yields, in order; counts articles and attributions. */
        void accept(List<ArticleProcessing.Processed> batch) throws IOException {
            for (ArticleProcessing.Processed p : batch) {
                counts[0]++;
                for (Row r : p.attributions()) {
                    rows.write(r);
                }
                counts[1] += p.attributions().size();
                if (p.stored()) {
                    results.write(p.result());
                    reports.addAll(p.reports());
                    observations.addAll(p.observations());
                }
                if (p.error() != null) {
                    errors.add(p.error());
                }
            }
        }
    }

    private static OutputStream fastGzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(new BufferedOutputStream(out, BUFFER), BUFFER) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }
}
