package io.github.verbatim.spark;

import io.github.verbatim.index.speakers.SpeakerDirectory;
import io.github.verbatim.index.speakers.SpeakerObservation;
import io.github.verbatim.index.speakers.SpeakerRegistry;
import io.github.verbatim.index.statements.Statement;
import io.github.verbatim.index.statements.StatementClusterer;
import io.github.verbatim.index.statements.StatementReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The aggregation stage: the index's own {@link StatementClusterer} and {@link SpeakerRegistry} (the code
 * {@code verbatim index} runs, not a copy) over the stored articles' reports and observations, and the three
 * tables written from their results ({@link AggregateTables}). Clustering and the registry are independent and
 * run on two threads. Immutable.
 *
 * @param statements cross-outlet statements, as the clusterer orders them
 * @param speakers   registered speakers
 * @param cpuSeconds CPU time of the two threads that clustered and registered (thread CPU, NaN where the JVM
 *                   does not measure it)
 */
record Aggregation(List<Statement> statements, SpeakerDirectory speakers, double cpuSeconds) {

    /** Clusters {@code reports} and registers {@code observations}, those of every stored article. */
    static Aggregation of(List<StatementReport> reports, List<SpeakerObservation> observations) {
        CompletableFuture<Timed<SpeakerDirectory>> speakers =
                CompletableFuture.supplyAsync(() -> Timed.run(() -> new SpeakerRegistry().build(observations)));
        Timed<List<Statement>> statements = Timed.run(() -> new StatementClusterer().cluster(reports));
        Timed<SpeakerDirectory> registry = speakers.join();
        return new Aggregation(statements.value(), registry.value(), statements.cpuSeconds() + registry.cpuSeconds());
    }

    /** A value and the CPU time of the thread that computed it. */
    private record Timed<T>(T value, double cpuSeconds) {

        static <T> Timed<T> run(java.util.function.Supplier<T> work) {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            boolean measured = threads.isCurrentThreadCpuTimeSupported();
            long start = measured ? threads.getCurrentThreadCpuTime() : 0;
            T value = work.get();
            return new Timed<>(value, measured ? (threads.getCurrentThreadCpuTime() - start) / 1e9 : Double.NaN);
        }
    }

    /**
     * Writes {@code statements/}, {@code statement_reports/} and {@code speakers/} under {@code base}. The rows
     * go to the executors as partitions of an RDD (one per core, so the tables are encoded in parallel), each
     * partition's rows packed into one byte array ({@link RowBlock}): a local relation of this size would make
     * every query-planning rule walk every row on the driver, and Java serialisation of the rows themselves
     * costs more than building them.
     */
    void write(SparkSession spark, String base) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ParquetTables.write(table(spark, sc, AggregateTables.statements(statements), AggregateTables.STATEMENTS),
                base + "statements", AggregateTables.STATEMENTS_UNIQUE);
        ParquetTables.write(table(spark, sc, AggregateTables.reports(statements), AggregateTables.REPORTS),
                base + "statement_reports", AggregateTables.REPORTS_UNIQUE);
        ParquetTables.write(table(spark, sc, AggregateTables.speakers(speakers.speakers()), AggregateTables.SPEAKERS),
                base + "speakers", AggregateTables.SPEAKERS_UNIQUE);
    }

    private static Dataset<Row> table(SparkSession spark, JavaSparkContext sc, List<Row> rows, StructType schema) {
        int parts = Math.max(1, sc.defaultParallelism());
        List<byte[]> blocks = new ArrayList<>(parts);
        int per = (rows.size() + parts - 1) / parts;
        for (int from = 0; from < rows.size() || blocks.isEmpty(); from += Math.max(per, 1)) {
            blocks.add(RowBlock.pack(rows.subList(Math.min(from, rows.size()), Math.min(from + per, rows.size())),
                    schema));
        }
        JavaRDD<Row> unpacked = sc.parallelize(blocks, blocks.size())
                .flatMap(block -> RowBlock.unpack(block, schema).iterator());
        return spark.createDataFrame(unpacked, schema);
    }
}
