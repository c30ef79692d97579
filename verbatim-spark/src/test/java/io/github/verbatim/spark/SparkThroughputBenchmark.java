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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Throughput of the job in {@code local[2]} against the single-threaded CLI ({@code verbatim extract}) on
 * {@code ../shared/news/news-mix.jsonl.gz}, in the same JVM and the same run. Prints figures; asserts only
 * that both read the same articles. Run on demand:
 * {@code mvn -B -ntp -pl verbatim-spark -am verify -Dbenchmark.groups=benchmark -Dbenchmark.excluded=none
 * -Dtest=SparkThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>Both sides are warmed first on the corpus's first 2,000 articles (the pipeline's JIT state is shared by
 * the JVM), then the CLI runs, then the job. The machine's load average is printed before and after, because
 * other processes sharing the cores change both figures.
 */
@Tag("benchmark")
class SparkThroughputBenchmark {

    private static final Pattern READ = Pattern.compile("documents read: (\\d+)");

    @TempDir
    Path dir;

    @Test
    void jobInLocal2AgainstTheSingleThreadedCli() throws IOException {
        Path news = MixedSample.shared().resolve("news/news-mix.jsonl.gz");
        assumeTrue(Files.exists(news), "skipped: " + news + " is missing from ../shared");
        warmUp(news, 2000);
        System.out.println("load average before: " + loadAverage());

        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        CommandLine cli = VerbatimCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("extract", news.toString(), "--out", dir.resolve("cli.jsonl").toString());
        double cliSeconds = (System.nanoTime() - t0) / 1e9;
        double cliCpu = (processCpuNanos() - cpu0) / 1e9;
        assertEquals(0, exit, err.toString());
        Matcher m = READ.matcher(err.toString());
        assumeTrue(m.find(), "the CLI printed no summary: " + err);
        long cliArticles = Long.parseLong(m.group(1));
        System.out.println("load average between: " + loadAverage());

        SparkSession spark = SparkSession.builder().master("local[2]").appName("verbatim-benchmark")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
        JobSummary job;
        long cpu1 = processCpuNanos();
        try {
            job = VerbatimSparkJob.run(spark, JobOptions.parse("--output", dir.resolve("job").toString(),
                    news.toString()));
        } finally {
            spark.stop();
        }
        double jobCpu = (processCpuNanos() - cpu1) / 1e9;
        System.out.println("load average after: " + loadAverage());
        assertEquals(cliArticles, job.articles(), "both read the same articles");
        double cliRate = cliArticles / cliSeconds;
        System.out.printf("CLI extract, 1 thread: %d articles in %.1f s = %.1f articles/s; %.1f CPU s = %.1f articles "
                + "per CPU second%n", cliArticles, cliSeconds, cliRate, cliCpu, cliArticles / cliCpu);
        System.out.printf("Spark job, local[2]:   %s; %.1f CPU s = %.1f articles per CPU second%n", job, jobCpu,
                job.articles() / jobCpu);
        double extractSeconds = job.phases().get("read+dedup") + job.phases().get("extract+write");
        System.out.printf("ratio job/CLI, wall clock, whole job: %.2f (target >= 1.7 on 2 cores)%n",
                job.articlesPerSecond() / cliRate);
        System.out.printf("ratio job/CLI, wall clock, read+dedup+extract+write only (what extract does): %.2f%n",
                job.articles() / extractSeconds / cliRate);
        System.out.printf("CPU used per wall second: CLI %.2f cores, job %.2f cores (of %d)%n", cliCpu / cliSeconds,
                jobCpu / job.seconds(), Runtime.getRuntime().availableProcessors());
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
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
