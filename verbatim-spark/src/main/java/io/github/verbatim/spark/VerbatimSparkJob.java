package io.github.verbatim.spark;

import io.github.verbatim.index.speakers.SpeakerObservation;
import io.github.verbatim.index.statements.StatementReport;
import io.github.verbatim.index.store.JobResults;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The Verbatim Spark job: {@code spark-submit --class io.github.verbatim.spark.VerbatimSparkJob
 * verbatim-spark-VERSION-job.jar --output DIR INPUT...}.
 *
 * <p>Stages:
 * <ol>
 * <li><b>Read</b> ({@link FileReading}, {@link ReadTask}): the CLI's readers turn each file into articles and
 *     counted skips. Files are listed through Hadoop, so local, HDFS and S3A paths all work. When there are
 *     fewer files than {@code --partitions} (default two per core), each file is read by several tasks in
 *     interleaved stripes ({@link io.github.verbatim.ingest.Stripe}): every task decompresses the file and
 *     decodes only every n-th document, so one unsplittable file keeps every core busy without a shuffle.
 *     What is read stays cached, deserialized, on the executor that read it.</li>
 * <li><b>Decide</b> ({@link ArticleFlags}): executors compute each article's {@link ArticleFingerprint}
 *     (article key and MinHash signature); the driver walks them in input order through the ingest package's
 *     {@code NearDuplicateDetector}, so "duplicate of the first copy seen" means exactly what it means in
 *     {@code verbatim extract}, and marks the first article of each article key as the stored one. Only
 *     fingerprints reach the driver, never texts.</li>
 * <li><b>Extract and write</b> ({@link ExtractionTask}) in one pass over the cached partitions, with the
 *     executor's single pipeline ({@link PipelineHolder}) and the decisions broadcast: each task writes its
 *     part of {@code attributions/} (Parquet, {@link AttributionTable}) and of {@code results/} (gzipped JSON
 *     Lines contract objects with text, one per stored article: what {@code verbatim index --from-parquet DIR}
 *     loads) as it goes, straight through parquet-hadoop ({@link ParquetRows}), not Spark SQL, and returns its
 *     skips, counts and its stored articles' statement reports and speaker observations (compact, no texts).
 *     The driver commits the successful attempts' files ({@link JobOutput}) and writes {@code diagnostics/}
 *     (Parquet, one row per skipped document: file, location, stage, reason, detail).</li>
 * <li><b>Aggregate</b> ({@link Aggregation}) with the index's own code: the driver runs the index's
 *     {@code StatementClusterer} and {@code SpeakerRegistry} over those reports and observations, on two
 *     threads, then writes {@code statements/}, {@code statement_reports/} and {@code speakers/} (Parquet,
 *     {@link AggregateTables}).</li>
 * </ol>
 *
 * <p>Bad input never fails the job: unreadable files and records become diagnostics rows. A missing input
 * path or an existing output folder is the caller's mistake and fails before any work.
 */
public final class VerbatimSparkJob {

    private static final String DIAGNOSTICS = "diagnostics";

    private VerbatimSparkJob() {
    }

    /** Runs the job in the session {@code spark-submit} provides; exit code 2 on a bad command line. */
    public static void main(String[] args) throws IOException {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("verbatim spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("verbatim").getOrCreate();
        try {
            System.out.println("verbatim spark: " + run(spark, options));
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in {@code spark} and returns its counts; the session stays open. */
    public static JobSummary run(SparkSession spark, JobOptions options) throws IOException {
        PhaseClock clock = new PhaseClock();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = sc.hadoopConfiguration();
        JobOutput output = new JobOutput(options.output());
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output.base());
        if (out.getFileSystem(hadoop).exists(out)) {
            throw new IllegalArgumentException("output " + options.output() + " exists already; choose a new folder");
        }
        List<String> files = InputFiles.list(options.inputs(), hadoop);
        Broadcast<HadoopConf> conf = sc.broadcast(HadoopConf.of(hadoop));
        int tasks = options.partitions() > 0 ? options.partitions() : sc.defaultParallelism() * 2;
        List<ReadTask> reads = ReadTask.plan(files, tasks);
        // read once, kept serialized in memory (spilling to disk under pressure): a few large byte arrays per
        // partition instead of every article's strings in the old generation, and no size estimate of object graphs
        JavaRDD<ReadItem> read = sc.parallelize(reads, Math.max(1, reads.size()))
                .flatMap(t -> FileReading.read(t.fileNumber(), t.uri(), t.asStripe(), conf.value().toConfiguration())
                        .iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        ArticleFlags flags = ArticleFlags.decide(read.filter(ReadItem::isArticle)
                .map(r -> ArticleFingerprint.of(r.article())).collect());
        clock.end("read+dedup");

        // one pass over what was read: extract with the decisions broadcast, write each task's attribution and
        // results files as it goes, bring skips, counts and the stored articles' reports and observations back
        Broadcast<ArticleFlags> flagsOf = sc.broadcast(flags);
        List<TaskOutput> outputs = read.mapPartitionsWithIndex((partition, items) -> ExtractionTask.run(partition,
                items, flagsOf.value(), output, conf.value().toConfiguration()), false).collect();
        read.unpersist(false);
        clock.end("extract+write");

        List<String> attributionFiles = new ArrayList<>();
        List<String> resultFiles = new ArrayList<>();
        List<SkipRecord> skips = new ArrayList<>();
        List<StatementReport> reports = new ArrayList<>();
        List<SpeakerObservation> observations = new ArrayList<>();
        long articles = 0;
        long attributions = 0;
        for (TaskOutput t : outputs) {
            attributionFiles.add(t.attributionFile());
            resultFiles.add(t.resultFile());
            skips.addAll(t.skips());
            AggregationRecords.unpackReports(t.reports(), reports);
            AggregationRecords.unpackObservations(t.observations(), observations);
            articles += t.articles();
            attributions += t.attributions();
        }
        output.commit(ExtractionTask.ATTRIBUTIONS, attributionFiles, ExtractionTask.PARQUET, hadoop);
        output.commit(JobResults.RESULTS, resultFiles, ExtractionTask.GZIP_TEXT, hadoop);
        List<Row> diagnostics = new ArrayList<>(skips.size());
        Map<String, Long> skipCounts = new HashMap<>();
        for (SkipRecord s : skips) {
            diagnostics.add(DiagnosticsTable.row(s));
            skipCounts.merge(s.reason(), 1L, Long::sum);
        }
        ParquetRows.write(output.partFile(DIAGNOSTICS, 0, ExtractionTask.PARQUET), hadoop, DiagnosticsTable.SCHEMA,
                List.of(), diagnostics);
        output.commit(DIAGNOSTICS, List.of(), ExtractionTask.PARQUET, hadoop);
        output.finish(hadoop);
        clock.end("commit");

        // the index's clustering and registry and their three tables, on the driver (two threads)
        Aggregation aggregate = Aggregation.run(reports, observations, output, hadoop);
        clock.end("aggregate");
        return new JobSummary(files.size(), articles, attributions, flags.duplicateCount(), skipCounts,
                flags.storedCount(), aggregate.statements().size(), aggregate.speakers().speakers().size(),
                clock.totalSeconds(), clock.totalCpuSeconds(), clock.wallSeconds(), clock.cpuSeconds(),
                aggregate.cpuSeconds());
    }
}
