package io.github.verbatim.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import io.github.verbatim.index.speakers.SpeakerObservation;
import io.github.verbatim.index.statements.StatementReport;
import io.github.verbatim.index.store.JobResults;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
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
 * <li><b>Extract</b> in {@code mapPartitions} over the cached partitions, with the executor's single pipeline
 *     ({@link PipelineHolder}), the flags broadcast, into one cached row per article ({@link ArticleTable}).
 *     The first action over it brings the stored articles' statement reports and speaker observations
 *     (compact records, no article texts) to the driver.</li>
 * <li><b>Aggregate</b> ({@link Aggregation}) with the index's own code: the driver runs the index's
 *     {@code StatementClusterer} and {@code SpeakerRegistry} over those reports and observations while the
 *     executors write the tables below, then writes {@code statements/}, {@code statement_reports/} and
 *     {@code speakers/} (Parquet, {@link AggregateTables}).</li>
 * <li><b>Write</b> under {@code DIR}: {@code attributions/} (Parquet, {@link AttributionTable}),
 *     {@code diagnostics/} (Parquet, one row per skipped document: file, location, stage, reason, detail),
 *     {@code results/} (gzipped JSON Lines contract objects with text, one per stored article: what
 *     {@code verbatim index --from-parquet DIR} loads).</li>
 * </ol>
 *
 * <p>Bad input never fails the job: unreadable files and records become diagnostics rows. A missing input
 * path or an existing output folder is the caller's mistake and fails before any work.
 */
public final class VerbatimSparkJob {

    /** Hadoop's gzip level setting (an enum name of its {@code ZlibCompressor.CompressionLevel}). */
    private static final String GZIP_LEVEL = "zlib.compress.level";
    /**
     * Spark's setting for compressing cached tables. The job's working table is cached once and read back a
     * few times; its columns are texts, ids and nested attribution rows that compress poorly, so the codecs'
     * statistics and encoding are pure cost on the executors. The job switches it off for its own run and puts
     * the session's value back afterwards.
     */
    private static final String CACHE_COMPRESSION = "spark.sql.inMemoryColumnarStorage.compressed";

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
        String cacheCompression = spark.conf().get(CACHE_COMPRESSION, "true");
        spark.conf().set(CACHE_COMPRESSION, "false");
        try {
            return runJob(spark, options);
        } finally {
            spark.conf().set(CACHE_COMPRESSION, cacheCompression);
        }
    }

    private static JobSummary runJob(SparkSession spark, JobOptions options) throws IOException {
        PhaseClock clock = new PhaseClock();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(options.output());
        if (out.getFileSystem(sc.hadoopConfiguration()).exists(out)) {
            throw new IllegalArgumentException("output " + options.output() + " exists already; choose a new folder");
        }
        List<String> files = InputFiles.list(options.inputs(), sc.hadoopConfiguration());
        Broadcast<HadoopConf> conf = sc.broadcast(HadoopConf.of(sc.hadoopConfiguration()));
        int tasks = options.partitions() > 0 ? options.partitions() : sc.defaultParallelism() * 2;
        List<ReadTask> reads = ReadTask.plan(files, tasks);
        // read once, kept deserialized in memory (spilling to disk only under pressure): no serialisation cost
        JavaRDD<ReadItem> read = sc.parallelize(reads, Math.max(1, reads.size()))
                .flatMap(t -> FileReading.read(t.fileNumber(), t.uri(), t.asStripe(), conf.value().toConfiguration())
                        .iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<ArticleRecord> articles = read.filter(ReadItem::isArticle).map(ReadItem::article);

        ArticleFlags flags = ArticleFlags.decide(articles.map(ArticleFingerprint::of).collect());
        clock.end("read+dedup");
        Broadcast<ArticleFlags> flagsOf = sc.broadcast(flags);
        // one row per article, cached in Spark's columnar form; every output below is a projection of it
        Dataset<Row> table = spark.createDataFrame(articles.mapPartitions(records -> new MappingIterator<>(records,
                r -> ArticleProcessing.process(r, flagsOf.value()))), ArticleTable.SCHEMA)
                .persist(StorageLevel.MEMORY_AND_DISK());

        // the first action runs the pipeline (filling the cache) and brings the stored articles' compact statement
        // reports and speaker observations (no article texts) to the driver
        List<StatementReport> reports = new ArrayList<>();
        List<SpeakerObservation> observations = new ArrayList<>();
        for (Row r : table.where(col("stored")).select("reports", "observations").collectAsList()) {
            for (Row x : r.<Row>getList(0)) {
                reports.add(ArticleTable.report(x));
            }
            for (Row x : r.<Row>getList(1)) {
                observations.add(ArticleTable.observation(x));
            }
        }
        clock.end("extract");

        // the index's clustering and registry run on the driver while the executors write the tables
        CompletableFuture<Aggregation> aggregation =
                CompletableFuture.supplyAsync(() -> Aggregation.of(reports, observations));
        String base = options.output().endsWith("/") ? options.output() : options.output() + "/";
        ParquetTables.write(table.select(explode(col("attributions")).as("a")).select("a.*"), base + "attributions",
                AttributionTable.UNIQUE_COLUMNS);
        Dataset<Row> diagnostics = spark.createDataFrame(read.filter(r -> !r.isArticle())
                        .map(r -> DiagnosticsTable.row(r.skip())), DiagnosticsTable.SCHEMA)
                .union(table.where(col("error").isNotNull()).select("error.*"));
        diagnostics.coalesce(1).write().parquet(base + "diagnostics");
        // gzip at its fastest level: results/ is an interchange file read once by index --from-parquet
        table.where(col("stored")).select("result_line").write().option("compression", "gzip")
                .option(GZIP_LEVEL, "BEST_SPEED").text(base + JobResults.RESULTS);
        clock.end("write");
        Aggregation aggregate = aggregation.join();
        clock.end("aggregate");
        aggregate.write(spark, base);

        Row counts = table.agg(count(lit(1)), sum(col("attribution_count"))).first();
        Map<String, Long> skipCounts = diagnostics.javaRDD().map(r -> r.getString(3)).countByValue();
        read.unpersist();
        table.unpersist();
        clock.end("aggregate tables+counts");
        return new JobSummary(files.size(), counts.getLong(0), counts.isNullAt(1) ? 0 : counts.getLong(1),
                flags.duplicateCount(), skipCounts, flags.storedCount(), aggregate.statements().size(),
                aggregate.speakers().speakers().size(), clock.totalSeconds(), clock.totalCpuSeconds(),
                clock.wallSeconds(), clock.cpuSeconds(), aggregate.cpuSeconds());
    }

}
