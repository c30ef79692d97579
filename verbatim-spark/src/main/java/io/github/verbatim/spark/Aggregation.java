package io.github.verbatim.spark;

import io.github.verbatim.index.speakers.SpeakerDirectory;
import io.github.verbatim.index.speakers.SpeakerObservation;
import io.github.verbatim.index.speakers.SpeakerRegistry;
import io.github.verbatim.index.statements.Statement;
import io.github.verbatim.index.statements.StatementClusterer;
import io.github.verbatim.index.statements.StatementReport;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
 */
record Aggregation(List<Statement> statements, SpeakerDirectory speakers) {

    /** Clusters {@code reports} and registers {@code observations}, those of every stored article. */
    static Aggregation of(List<StatementReport> reports, List<SpeakerObservation> observations) {
        CompletableFuture<SpeakerDirectory> speakers =
                CompletableFuture.supplyAsync(() -> new SpeakerRegistry().build(observations));
        List<Statement> statements = new StatementClusterer().cluster(reports);
        return new Aggregation(statements, speakers.join());
    }

    /**
     * Writes {@code statements/}, {@code statement_reports/} and {@code speakers/} under {@code base}. The rows
     * go to the executors as partitions of an RDD (one per core, so the tables are encoded in parallel): a local
     * relation of this size would make every query-planning rule walk every row on the driver.
     */
    void write(SparkSession spark, String base) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        table(spark, sc, AggregateTables.statements(statements), AggregateTables.STATEMENTS).write()
                .parquet(base + "statements");
        table(spark, sc, AggregateTables.reports(statements), AggregateTables.REPORTS).write()
                .parquet(base + "statement_reports");
        table(spark, sc, AggregateTables.speakers(speakers.speakers()), AggregateTables.SPEAKERS).write()
                .parquet(base + "speakers");
    }

    private static Dataset<Row> table(SparkSession spark, JavaSparkContext sc, List<Row> rows, StructType schema) {
        return spark.createDataFrame(sc.parallelize(rows, sc.defaultParallelism()), schema);
    }
}
