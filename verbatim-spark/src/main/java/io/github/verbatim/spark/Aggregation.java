package io.github.verbatim.spark;

import io.github.verbatim.index.speakers.SpeakerDirectory;
import io.github.verbatim.index.speakers.SpeakerObservation;
import io.github.verbatim.index.speakers.SpeakerRegistry;
import io.github.verbatim.index.statements.Statement;
import io.github.verbatim.index.statements.StatementClusterer;
import io.github.verbatim.index.statements.StatementReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * The aggregation stage: the index's own {@link StatementClusterer} and {@link SpeakerRegistry} (the code
 * {@code verbatim index} runs, not a copy) over the stored articles' reports and observations, and the three
 * tables written from their results ({@link AggregateTables}). Clustering and the registry are independent and
 * run on two threads, the caller's and one of their own ({@link #run}). Immutable.
 *
 * @param statements cross-outlet statements, as the clusterer orders them
 * @param speakers   registered speakers
 * @param cpuSeconds CPU time of the two threads that clustered and registered (thread CPU, NaN where the JVM
 *                   does not measure it)
 */
record Aggregation(List<Statement> statements, SpeakerDirectory speakers, double cpuSeconds) {

    /**
     * Clusters {@code reports} and registers {@code observations}, those of every stored article, and writes
     * {@code statements/}, {@code statement_reports/} and {@code speakers/} under {@code output} (one Parquet
     * file each, with a {@code _SUCCESS} marker), from the driver. The registry and then the speakers table run on
     * a thread of their own while the caller's thread clusters; then the statements and their reports are
     * written on two threads. The rows are a few per statement and speaker: writing them straight with
     * parquet-hadoop ({@link ParquetRows}) costs a fraction of shipping them to executors and through Spark
     * SQL's planning, generated code and row encoders.
     */
    static Aggregation run(List<StatementReport> reports, List<SpeakerObservation> observations, JobOutput output,
                           Configuration conf) throws IOException {
        ExecutorService threads = Executors.newFixedThreadPool(2, daemon("verbatim-aggregation"));
        try {
            Future<Timed<SpeakerDirectory>> speakers = threads.submit(() -> {
                Timed<SpeakerDirectory> registry = Timed.run(() -> new SpeakerRegistry().build(observations));
                table(output, conf, "speakers", AggregateTables.SPEAKERS, AggregateTables.SPEAKERS_UNIQUE,
                        AggregateTables.speakers(registry.value().speakers()));
                return registry;
            });
            Timed<List<Statement>> statements = Timed.run(() -> new StatementClusterer().cluster(reports));
            Future<?> reportRows = threads.submit(() -> table(output, conf, "statement_reports",
                    AggregateTables.REPORTS, AggregateTables.REPORTS_UNIQUE, AggregateTables.reports(statements.value())));
            table(output, conf, "statements", AggregateTables.STATEMENTS, AggregateTables.STATEMENTS_UNIQUE,
                    AggregateTables.statements(statements.value()));
            reportRows.get();
            Timed<SpeakerDirectory> registry = speakers.get();
            return new Aggregation(statements.value(), registry.value(),
                    statements.cpuSeconds() + registry.cpuSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while aggregating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            threads.shutdown();
        }
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

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static void table(JobOutput output, Configuration conf, String name, StructType schema, List<String> unique,
                              Iterable<Row> rows) {
        try {
            ParquetRows.write(output.partFile(name, 0, ExtractionTask.PARQUET), conf, schema, unique, rows);
            output.commit(name, List.of(), ExtractionTask.PARQUET, conf);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + name + " under " + output.base(), e);
        }
    }
}
