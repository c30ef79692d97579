package io.github.verbatim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.verbatim.cli.VerbatimCli;
import io.github.verbatim.ingest.InputWalker;
import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Throughput of the job in {@code local[2]} against the single-threaded CLI ({@code verbatim extract}) on
 * {@code ../shared/news/news-mix.jsonl.gz}: same input, same JVM, same run. Prints figures; asserts only that
 * both read the same articles. Run on demand:
 * {@code mvn -B -ntp -pl verbatim-spark -am install -Dbenchmark.groups=benchmark -Dbenchmark.excluded=none
 * -Dtest=SparkThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (add {@code -Dbenchmark.repeats=N},
 * default 3; {@code -Dbenchmark.input=FILE} measures another input, e.g. a slice for a quick profile;
 * {@code -Dbenchmark.master=local[1]} runs the job on one task thread, to tell what two concurrent task threads
 * cost each other from what the job adds).
 *
 * <p>The JVM is warmed first on the corpus's first 2,000 articles. Each repetition then runs the CLI and the
 * job back to back; the job gets a new Spark session and a new pipeline each time (as a fresh
 * {@code spark-submit} would), so both sides pay the pipeline's loading. The job's time is given with and
 * without the session's start-up and stop; ratios are job articles/s over CLI articles/s of the same
 * repetition, and the medians over repetitions are printed last. CPU: the CLI's thread CPU time and the
 * process CPU time of each side (every thread: Spark's, JIT, GC), the job's phases with their process CPU and
 * the driver's clustering and registry thread CPU. The load average is printed because other processes sharing
 * the cores change both figures.
 */
@Tag("benchmark")
class SparkThroughputBenchmark {

    private static final Pattern READ = Pattern.compile("documents read: (\\d+)");

    @TempDir
    Path dir;

    record Run(double cliSeconds, double cliThreadCpu, double cliProcessCpu, double jobSeconds, double withSession,
               double jobProcessCpu, double sessionProcessCpu, JobSummary job, long articles,
               Map<String, Double> cliThreads, Map<String, Double> jobThreads) {

        double cliRate() {
            return articles / cliSeconds;
        }

        double ratio() {
            return articles / jobSeconds / cliRate();
        }

        double ratioWithSession() {
            return articles / withSession / cliRate();
        }

        /**
         * Seconds of the phases that do what {@code extract} does (read, duplicates, extraction, attribution,
         * diagnostics and results tables, committing them).
         */
        double extractPhases() {
            return job.phases().get("read+dedup") + job.phases().get("extract+write") + job.phases().get("commit");
        }

        /**
         * The job's process CPU less its aggregation phase's (clustering, registry and their three tables, with
         * whatever JIT and collection ran meanwhile).
         */
        double jobCpuWithoutAggregation() {
            return jobProcessCpu - job.phaseCpu().get("aggregate");
        }

        double extractRatio() {
            return articles / extractPhases() / cliRate();
        }
    }

    @Test
    void jobInLocal2AgainstTheSingleThreadedCli() throws IOException {
        Path news = Path.of(System.getProperty("benchmark.input",
                MixedSample.shared().resolve("news/news-mix.jsonl.gz").toString()));
        assumeTrue(Files.exists(news), "skipped: " + news + " is missing from ../shared");
        int repeats = Integer.getInteger("benchmark.repeats", 3);
        warmUp(news, 2000);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            Run r = once(news, dir.resolve("run-" + i));
            runs.add(r);
            System.out.printf("run %d: load %s%n  CLI extract, 1 thread: %d articles in %.2f s = %.1f articles/s; "
                            + "thread CPU %.2f s (%.1f articles per CPU s), process CPU %.2f s%n"
                            + "  job, local[2]: %.2f s = %.1f articles/s without session start-up and stop, %.2f s = "
                            + "%.1f articles/s with them; process CPU %.2f s for the job (%.1f articles per CPU s), "
                            + "%.2f s with the session%n  job: %s%n  ratio job/CLI: %.2f without session start-up, "
                            + "%.2f with it; %.2f for the phases extract also does (read, duplicates, extraction, "
                            + "attribution, diagnostics and results tables: %.2f s)%n",
                    i + 1, loadAverage(), r.articles(), r.cliSeconds(), r.cliRate(), r.cliThreadCpu(),
                    r.articles() / r.cliThreadCpu(), r.cliProcessCpu(), r.jobSeconds(), r.articles() / r.jobSeconds(),
                    r.withSession(), r.articles() / r.withSession(), r.jobProcessCpu(),
                    r.articles() / r.jobProcessCpu(), r.sessionProcessCpu(), r.job(), r.ratio(), r.ratioWithSession(), r.extractRatio(), r.extractPhases());
            System.out.printf("  CPU s by thread kind (/proc; threads that ended are missing): CLI %s, job %s%n",
                    r.cliThreads(), r.jobThreads());
        }
        System.out.printf("MEDIANS over %d runs (%d articles, %d cores):%n", repeats, runs.get(0).articles(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("  CLI: %.2f s, %.1f articles/s, thread CPU %.2f s, process CPU %.2f s%n",
                median(runs, Run::cliSeconds), median(runs, Run::cliRate), median(runs, Run::cliThreadCpu),
                median(runs, Run::cliProcessCpu));
        System.out.printf("  job without session start-up: %.2f s, %.1f articles/s, process CPU %.2f s%n",
                median(runs, Run::jobSeconds), median(runs, r -> r.articles() / r.jobSeconds()),
                median(runs, Run::jobProcessCpu));
        System.out.printf("  job with session start-up and stop: %.2f s, %.1f articles/s, process CPU %.2f s%n",
                median(runs, Run::withSession), median(runs, r -> r.articles() / r.withSession()),
                median(runs, Run::sessionProcessCpu));
        System.out.printf("  CPU per article: CLI %.3f ms thread, %.3f ms process; job %.3f ms process (%.2f times the CLI's)%n",
                median(runs, r -> 1000 * r.cliThreadCpu() / r.articles()),
                median(runs, r -> 1000 * r.cliProcessCpu() / r.articles()),
                median(runs, r -> 1000 * r.jobProcessCpu() / r.articles()),
                median(runs, r -> r.jobProcessCpu() / r.cliProcessCpu()));
        for (String kind : List.of("jit", "gc+vm", "spark tasks", "main", "other")) {
            System.out.printf("  %s CPU: CLI %.2f s, job %.2f s%n", kind,
                    median(runs, r -> r.cliThreads().getOrDefault(kind, 0.0)),
                    median(runs, r -> r.jobThreads().getOrDefault(kind, 0.0)));
        }
        System.out.printf("  aggregation's CPU: clustering and registry threads %.2f s, aggregation phase (with its "
                        + "tables) %.2f s; job CPU without that phase %.2f s (%.2f times the CLI's)%n",
                median(runs, r -> r.job().aggregationCpu()),
                median(runs, r -> r.job().phaseCpu().get("aggregate")),
                median(runs, Run::jobCpuWithoutAggregation),
                median(runs, r -> r.jobCpuWithoutAggregation() / r.cliProcessCpu()));
        System.out.printf("  ratio job/CLI: %.2f without session start-up, %.2f with it (target >= 1.7 on 2 cores); "
                + "%.2f for the phases extract also does%n", median(runs, Run::ratio), median(runs, Run::ratioWithSession),
                median(runs, Run::extractRatio));
    }

    private Run once(Path news, Path out) throws IOException {
        Files.createDirectories(out);
        ThreadCpu threads0 = ThreadCpu.snapshot();
        long cpu0 = processCpuNanos();
        long thread0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        CommandLine cli = VerbatimCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("extract", news.toString(), "--out", out.resolve("cli.jsonl").toString());
        double cliSeconds = (System.nanoTime() - t0) / 1e9;
        double cliThread = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - thread0) / 1e9;
        double cliCpu = (processCpuNanos() - cpu0) / 1e9;
        Map<String, Double> cliThreads = ThreadCpu.snapshot().since(threads0);
        assertEquals(0, exit, err.toString());
        Matcher m = READ.matcher(err.toString());
        assumeTrue(m.find(), "the CLI printed no summary: " + err);
        long cliArticles = Long.parseLong(m.group(1));

        PipelineHolder.discard();
        long cpu1 = processCpuNanos();
        long t1 = System.nanoTime();
        SparkSession spark = SparkSession.builder().master(System.getProperty("benchmark.master", "local[2]")).appName("verbatim-benchmark")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
        JobSummary job;
        long cpu2;
        long cpu3;
        long t2;
        long t3;
        Map<String, Double> jobThreads;
        try {
            ThreadCpu threads2 = ThreadCpu.snapshot();
            cpu2 = processCpuNanos();
            t2 = System.nanoTime();
            job = VerbatimSparkJob.run(spark, JobOptions.parse("--output", out.resolve("job").toString(),
                    news.toString()));
            t3 = System.nanoTime();
            cpu3 = processCpuNanos();
            jobThreads = ThreadCpu.snapshot().since(threads2);
        } finally {
            spark.stop();
        }
        double withSession = (System.nanoTime() - t1) / 1e9;
        double sessionCpu = (processCpuNanos() - cpu1) / 1e9;
        assertEquals(cliArticles, job.articles(), "both read the same articles");
        return new Run(cliSeconds, cliThread, cliCpu, (t3 - t2) / 1e9, withSession, (cpu3 - cpu2) / 1e9, sessionCpu,
                job, cliArticles, cliThreads, jobThreads);
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> f) {
        double[] v = runs.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void warmUp(Path news, int articles) {
        Pipeline pipeline = Pipeline.standard();
        int[] seen = {0};
        InputWalker.standard().read(news, o -> {
            if (o instanceof ReadOutcome.Read r && seen[0]++ < articles) {
                pipeline.process(r.article());
            }
        });
    }

    /** CPU time of this whole JVM so far (every thread, JIT and GC included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
