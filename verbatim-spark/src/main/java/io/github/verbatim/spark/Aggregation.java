package io.github.verbatim.spark;

import io.github.verbatim.index.speakers.SpeakerDirectory;
import io.github.verbatim.index.speakers.SpeakerObservation;
import io.github.verbatim.index.speakers.SpeakerRegistry;
import io.github.verbatim.index.statements.Statement;
import io.github.verbatim.index.statements.StatementClusterer;
import io.github.verbatim.index.statements.StatementReport;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.sql.SparkSession;

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

    /** Writes {@code statements/}, {@code statement_reports/} and {@code speakers/} under {@code base}. */
    void write(SparkSession spark, String base) {
        spark.createDataFrame(AggregateTables.statements(statements), AggregateTables.STATEMENTS).coalesce(1)
                .write().parquet(base + "statements");
        spark.createDataFrame(AggregateTables.reports(statements), AggregateTables.REPORTS).coalesce(1)
                .write().parquet(base + "statement_reports");
        spark.createDataFrame(AggregateTables.speakers(speakers.speakers()), AggregateTables.SPEAKERS).coalesce(1)
                .write().parquet(base + "speakers");
    }
}
