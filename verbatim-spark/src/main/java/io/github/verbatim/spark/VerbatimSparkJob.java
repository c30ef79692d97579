package io.github.verbatim.spark;

import io.github.verbatim.index.speakers.SpeakerDirectory;
import io.github.verbatim.index.speakers.SpeakerObservation;
import io.github.verbatim.index.speakers.SpeakerRegistry;
import io.github.verbatim.index.statements.Statement;
import io.github.verbatim.index.statements.StatementClusterer;
import io.github.verbatim.index.statements.StatementReport;
import io.github.verbatim.ingest.dedup.MinHash;
import io.github.verbatim.ingest.dedup.NearDuplicateDetector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The Verbatim Spark job: {@code spark-submit --class io.github.verbatim.spark.VerbatimSparkJob
 * verbatim-spark-VERSION-job.jar --output DIR INPUT...}.
 *
 * <p>Stages:
 * <ol>
 * <li><b>Read</b>, one task per input file: the CLI's readers turn each file into articles and counted skips
 *     ({@link FileReading}). Files are listed through Hadoop, so local, HDFS and S3A paths all work.</li>
 * <li><b>Near-duplicates</b>: executors compute each article's MinHash signature; the driver walks the
 *     signatures in input order through the ingest package's {@link NearDuplicateDetector}, so "duplicate of
 *     the first copy seen" means exactly what it means in a single-process run. Only signatures (about 520
 *     bytes an article) reach the driver, never texts.</li>
 * <li><b>Extract</b>: the articles are spread over {@code --partitions} partitions (records, not files, so one
 *     big archive keeps every core busy) and each partition runs the executor's single pipeline
 *     ({@link PipelineHolder}) in {@code mapPartitions}.</li>
 * <li><b>Write</b> under {@code DIR}: {@code attributions/} (Parquet, {@link AttributionTable}),
 *     {@code diagnostics/} (Parquet, one row per skipped document: file, location, stage, reason, detail),
 *     {@code results/} (gzipped JSON Lines contract objects with text, one per stored article: what
 *     {@code verbatim index --from-parquet DIR} loads).</li>
 * <li><b>Aggregate</b> with the index's own code: the first article of each article key in input order (the
 *     store keeps the first too) contributes its statement reports and speaker observations; the driver runs
 *     {@link StatementClusterer} and {@link SpeakerRegistry} over them and writes {@code statements/},
 *     {@code statement_reports/} and {@code speakers/} (Parquet, {@link AggregateTables}).</li>
 * </ol>
 *
 * <p>Bad input never fails the job: unreadable files and records become diagnostics rows. A missing input
 * path or an existing output folder is the caller's mistake and fails before any work.
 */
public final class VerbatimSparkJob {

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
        long started = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(options.output());
        if (out.getFileSystem(sc.hadoopConfiguration()).exists(out)) {
            throw new IllegalArgumentException("output " + options.output() + " exists already; choose a new folder");
        }
        List<String> files = InputFiles.list(options.inputs(), sc.hadoopConfiguration());
        Broadcast<HadoopConf> conf = sc.broadcast(HadoopConf.of(sc.hadoopConfiguration()));
        List<Tuple2<Integer, String>> numbered = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            numbered.add(new Tuple2<>(i, files.get(i)));
        }
        JavaRDD<ReadItem> read = sc.parallelize(numbered, Math.max(1, files.size()))
                .flatMap(f -> FileReading.read(f._1(), f._2(), conf.value().toConfiguration()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        int partitions = options.partitions() > 0 ? options.partitions() : sc.defaultParallelism() * 4;
        JavaRDD<ArticleRecord> articles = read.filter(ReadItem::isArticle).map(ReadItem::article)
                .repartition(partitions).persist(StorageLevel.MEMORY_AND_DISK_SER());

        Map<Long, String> duplicates = nearDuplicates(articles);
        double readSeconds = seconds(started);
        Broadcast<Map<Long, String>> duplicatesOf = sc.broadcast(duplicates);
        JavaRDD<ProcessedArticle> processed = articles
                .mapPartitions(records -> processAll(records, duplicatesOf.value()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        String base = options.output().endsWith("/") ? options.output() : options.output() + "/";
        spark.createDataFrame(processed.flatMap(p -> p.rows().iterator()), AttributionTable.SCHEMA)
                .write().parquet(base + "attributions");
        JavaRDD<SkipRecord> skips = read.filter(r -> !r.isArticle()).map(ReadItem::skip)
                .union(processed.filter(p -> p.internalError() != null).map(ProcessedArticle::internalError));
        spark.createDataFrame(skips.map(VerbatimSparkJob::diagnosticsRow), DiagnosticsTable.SCHEMA).coalesce(1)
                .write().parquet(base + "diagnostics");
        double extractSeconds = seconds(started) - readSeconds;

        List<AggregateInput> stored = firstOfEachKey(processed
                .map(p -> new AggregateInput(p.order(), p.articleKey(), p.reports(), p.observations())).collect());
        List<StatementReport> reports = new ArrayList<>();
        List<SpeakerObservation> observations = new ArrayList<>();
        Set<Long> storedOrders = new HashSet<>();
        for (AggregateInput a : stored) {
            reports.addAll(a.reports());
            observations.addAll(a.observations());
            storedOrders.add(a.order());
        }
        List<Statement> statements = new StatementClusterer().cluster(reports);
        SpeakerDirectory speakers = new SpeakerRegistry().build(observations);
        spark.createDataFrame(AggregateTables.statements(statements), AggregateTables.STATEMENTS).coalesce(1)
                .write().parquet(base + "statements");
        spark.createDataFrame(AggregateTables.reports(statements), AggregateTables.REPORTS).coalesce(1)
                .write().parquet(base + "statement_reports");
        spark.createDataFrame(AggregateTables.speakers(speakers.speakers()), AggregateTables.SPEAKERS).coalesce(1)
                .write().parquet(base + "speakers");

        double aggregateSeconds = seconds(started) - readSeconds - extractSeconds;
        Broadcast<Set<Long>> keep = sc.broadcast(storedOrders);
        processed.filter(p -> keep.value().contains(p.order())).map(ProcessedArticle::resultLine)
                .saveAsTextFile(base + "results", GzipCodec.class);

        long articleCount = processed.count();
        long attributionCount = processed.map(p -> (long) p.rows().size()).fold(0L, Long::sum);
        Map<String, Long> skipCounts = skips.map(SkipRecord::reason).countByValue();
        read.unpersist();
        articles.unpersist();
        processed.unpersist();
        double total = seconds(started);
        Map<String, Double> phases = new java.util.LinkedHashMap<>();
        phases.put("read+dedup", readSeconds);
        phases.put("extract+write", extractSeconds);
        phases.put("aggregate", aggregateSeconds);
        phases.put("results+counts", total - readSeconds - extractSeconds - aggregateSeconds);
        return new JobSummary(files.size(), articleCount, attributionCount, duplicates.size(), skipCounts,
                stored.size(), statements.size(), speakers.speakers().size(), total, phases);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /**
     * Input order of each near-duplicate article to the id of the first copy, found in input order. The
     * signatures are computed in parallel and collected whole: the detector keeps one per article anyway.
     */
    private static Map<Long, String> nearDuplicates(JavaRDD<ArticleRecord> articles) {
        List<Tuple2<Long, Tuple2<String, MinHash.Signature>>> signatures = new ArrayList<>(articles
                .map(a -> new Tuple2<>(a.order(), new Tuple2<>(a.id(), MinHash.of(a.text())))).collect());
        signatures.sort(Comparator.comparingLong(Tuple2::_1));
        NearDuplicateDetector detector = new NearDuplicateDetector();
        Map<Long, String> duplicates = new HashMap<>();
        for (Tuple2<Long, Tuple2<String, MinHash.Signature>> s : signatures) {
            detector.check(s._2()._1(), s._2()._2()).ifPresent(first -> duplicates.put(s._1(), first));
        }
        return duplicates;
    }

    /** The earliest input of each article key, in input order (the store, too, keeps the first it is given). */
    private static List<AggregateInput> firstOfEachKey(List<AggregateInput> inputs) {
        List<AggregateInput> sorted = new ArrayList<>(inputs);
        sorted.sort(Comparator.comparingLong(AggregateInput::order));
        Set<String> seen = new HashSet<>();
        List<AggregateInput> first = new ArrayList<>(sorted.size());
        for (AggregateInput a : sorted) {
            if (seen.add(a.articleKey())) {
                first.add(a);
            }
        }
        return first;
    }

    private static Iterator<ProcessedArticle> processAll(Iterator<ArticleRecord> records, Map<Long, String> duplicates) {
        return new MappingIterator<>(records, r -> ArticleProcessing.process(r, duplicates));
    }

    private static Row diagnosticsRow(SkipRecord s) {
        return RowFactory.create(s.file(), s.location(), s.stage(), s.reason(), s.detail());
    }
}
