package io.github.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.cli.bench.ArticleSource;
import io.github.verbatim.cli.bench.BaselineWorkload;
import io.github.verbatim.cli.bench.BenchEnvironment;
import io.github.verbatim.cli.bench.BenchReport;
import io.github.verbatim.cli.bench.ChildJvm;
import io.github.verbatim.cli.bench.ExtractionWorkload;
import io.github.verbatim.cli.bench.FileArticleSource;
import io.github.verbatim.cli.bench.PassResult;
import io.github.verbatim.cli.bench.PassRunner;
import io.github.verbatim.cli.bench.PeakRss;
import io.github.verbatim.cli.bench.RssCheck;
import io.github.verbatim.cli.bench.WarmUp;
import io.github.verbatim.cli.bench.Workload;
import io.github.verbatim.ingest.InputLimits;
import io.github.verbatim.ingest.InputWalker;
import io.github.verbatim.pipeline.ArticleBatcher;
import io.github.verbatim.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code verbatim bench [PATH...]}: end-to-end extraction speed as issue 9 measures it, over
 * {@code ../shared/news/news-mix.jsonl.gz} unless given other inputs. One run warms up, then times, in this
 * process: the decode-and-split baseline on one thread, and extraction ({@link Pipeline#standard()} plus
 * JSON Lines writing) at each thread count of {@code --threads}. Articles are streamed through a small queue,
 * never held, so memory does not grow with the corpus. Prints MB/s and articles/s per wall second and per
 * core (thread CPU), allocation per article, the cost curve against article length, peak RSS and the ratio to
 * the baseline, with issue 9's targets (text, or JSON with {@code --json}); progress goes to standard error.
 * {@code --rss-check} instead runs the bench twice in fresh JVMs (a small prefix and the whole input) and
 * compares their peak RSS.
 *
 * <p>Exit codes: 0 measured; 1 the passes disagreed (output differs between thread counts) or an article
 * failed; 2 bad usage (missing input, no readable article in it, bad option).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure end-to-end extraction speed: MB/s and articles/s at 1 and 2 threads (wall and per"
                + " core), allocation per article, peak RSS, cost against article length, and the ratio to a"
                + " UTF-8 decode + regex word split baseline run in the same process.",
            "Run it on a quiet machine: wall-time figures show other load; the per-core figures (thread CPU) much"
                    + " less so."})
public final class BenchCommand implements Callable<Integer> {

    /** Worker CPU time extraction gets before timing, at least. */
    static final long WARMUP_MIN_CPU_NANOS = 3_000_000_000L;
    /** Worker CPU time the baseline (fast, small code) gets before timing, at least. */
    static final long BASELINE_WARMUP_MIN_CPU_NANOS = 1_000_000_000L;
    /** Warm-up windows of {@code --warmup} articles, at most. */
    static final int WARMUP_MAX_WINDOWS = 100;
    /** Compilation time over worker CPU in a window, at most, for it to count as quiet. */
    static final double WARMUP_QUIET_SHARE = 0.02;
    /** Quiet windows in a row that end a warm-up. */
    static final int WARMUP_QUIET_WINDOWS = 2;

    /** The corpus issue 9 names, relative to the repository root. */
    static final String DEFAULT_INPUT = "../shared/news/news-mix.jsonl.gz";

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Input files or folders (any format `extract` reads; default: " + DEFAULT_INPUT + ").")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", description = "Time at most the first N articles (default: all).")
    Long limit;

    @Option(names = "--threads", paramLabel = "N,N", split = ",", defaultValue = "1,2",
            description = "Thread counts to time extraction at, the first being the reference for speed-ups"
                    + " (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + ArticleBatcher.DEFAULT_ARTICLES,
            description = "Articles per batch, each batch worked stage by stage as `extract` does (1: one article"
                    + " at a time; default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1000",
            description = "Warm-up window in articles: each workload runs over the timed articles (cycled) before"
                    + " timing until the JIT compiler's CPU was under 2%% of the workers' in 2 windows in a row"
                    + " (after at least 3 s of CPU; at most 100 windows or --warmup-max-cpu); 0: no warm-up (default:"
                    + " ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--warmup-max-cpu", paramLabel = "SECONDS", defaultValue = "120",
            description = "Worker CPU seconds after which a warm-up stops even if the JIT is still compiling"
                    + " (default: ${DEFAULT-VALUE}).")
    int warmupMaxCpu;

    @Option(names = "--json", description = "Print the report as one JSON object instead of text.")
    boolean json;

    @Option(names = "--rss-check", description = "Run the bench in two fresh JVMs with this JVM's flags, over the"
            + " first --rss-small articles and over all (or --limit) articles, and compare their peak RSS.")
    boolean rssCheck;

    @Option(names = "--rss-small", paramLabel = "N", defaultValue = "2000",
            description = "Articles in the small run of --rss-check (default: ${DEFAULT-VALUE}).")
    long rssSmall;

    @Mixin
    JsonlFieldOptions jsonl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        String usage = checkOptions();
        if (usage != null) {
            err.println("verbatim bench: " + usage);
            return VerbatimCli.EXIT_USAGE;
        }
        List<Path> inputs = paths.isEmpty() ? List.of(Path.of(DEFAULT_INPUT)) : paths;
        InputWalker walker = InputWalker.standard(jsonl.fields(), InputLimits.DEFAULTS);
        List<Path> files;
        try {
            files = walker.files(inputs);
        } catch (NoSuchFileException e) {
            err.println("verbatim bench: " + Path.of(e.getFile()).toAbsolutePath().normalize() + ": no such file"
                    + (paths.isEmpty() ? " (the default corpus; give a path, e.g. a .jsonl.gz file)" : ""));
            return VerbatimCli.EXIT_USAGE;
        }
        if (files.isEmpty()) {
            err.println("verbatim bench: no input files under " + inputs);
            return VerbatimCli.EXIT_USAGE;
        }
        return rssCheck ? rssCheck(inputs, err) : bench(inputs, files, err);
    }

    /** A usage problem with the options, or null. */
    private String checkOptions() {
        if (limit != null && limit < 1) {
            return "--limit must be at least 1, got " + limit;
        }
        if (threads.isEmpty()) {
            return "--threads needs at least one thread count";
        }
        for (int t : threads) {
            if (t < 1 || t > 256) {
                return "--threads takes counts from 1 to 256, got " + t;
            }
        }
        if (batch < 1 || batch > 4096) {
            return "--batch takes 1 to 4096 articles, got " + batch;
        }
        if (warmup < 0) {
            return "--warmup must not be negative, got " + warmup;
        }
        if (warmupMaxCpu < 1) {
            return "--warmup-max-cpu must be at least 1, got " + warmupMaxCpu;
        }
        if (rssSmall < 1) {
            return "--rss-small must be at least 1, got " + rssSmall;
        }
        if (rssCheck && limit != null && limit <= rssSmall) {
            return "--rss-check compares --rss-small (" + rssSmall + ") articles with --limit (" + limit
                    + "): the limit must be larger";
        }
        return null;
    }

    private int bench(List<Path> inputs, List<Path> files, PrintWriter err) {
        BenchEnvironment environment = BenchEnvironment.current();
        long max = limit == null ? Long.MAX_VALUE : limit;
        ArticleSource source = new FileArticleSource(InputWalker.standard(jsonl.fields(), InputLimits.DEFAULTS),
                files);
        long loading = System.nanoTime();
        Workload extraction = new ExtractionWorkload(Pipeline.standard(), batch);
        Workload baseline = new BaselineWorkload();
        PassRunner runner = new PassRunner(batch);
        Progress quiet = new Progress(err, false, -1, 0, System::nanoTime);
        err.printf(Locale.ROOT, "verbatim bench: warming up until the JIT settles (models loading)...%n");
        err.flush();
        List<WarmUp.Result> warmUps = new ArrayList<>();
        if (warmup > 0) {
            int widest = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
            warmUps.add(warm(runner, source, extraction, widest, max, WARMUP_MIN_CPU_NANOS, quiet, err));
            warmUps.add(warm(runner, source, baseline, 1, max, BASELINE_WARMUP_MIN_CPU_NANOS, quiet, err));
        }
        err.printf(Locale.ROOT, "verbatim bench: loaded and warm in %.1f s%n", (System.nanoTime() - loading) / 1e9);
        long total = limit == null ? totalSize(files) : -1;
        int passes = threads.size() + 1;
        PassResult base = timed(runner, source, baseline, 1, max, total, err, 1, passes);
        if (base.articles() == 0) {
            err.println("verbatim bench: no readable article in " + describe(inputs) + " (" + base.skipped()
                    + " documents skipped)");
            return VerbatimCli.EXIT_USAGE;
        }
        List<PassResult> results = new ArrayList<>();
        for (int i = 0; i < threads.size(); i++) {
            results.add(timed(runner, source, extraction, threads.get(i), max, total, err, i + 2, passes));
        }
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        BenchReport report = new BenchReport(describe(inputs), environment, warmUps, base, results, PeakRss.read(),
                retained, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? report.json().toPrettyString() + "\n" : report.text());
        out.flush();
        if (!report.outputsIdentical() || report.failures() > 0) {
            err.println("verbatim bench: the passes disagree or articles failed; see the report");
            return VerbatimCli.EXIT_FAILURE;
        }
        return 0;
    }

    /**
     * Runs {@code workload} over the timed articles (the first {@code max}, cycled) in windows of
     * {@code --warmup} articles until the JIT compiler settles or a cap is reached ({@link WarmUp}), so that
     * the timed passes, whatever their order, measure compiled code.
     */
    private WarmUp.Result warm(PassRunner runner, ArticleSource source, Workload workload, int threads, long max,
            long minCpu, Progress quiet, PrintWriter err) {
        long maxCpu = Math.max(minCpu, warmupMaxCpu * 1_000_000_000L);
        WarmUp.Settings settings = new WarmUp.Settings(warmup, minCpu, maxCpu, WARMUP_MAX_WINDOWS,
                WARMUP_QUIET_SHARE, WARMUP_QUIET_WINDOWS);
        WarmUp.Result result = WarmUp.run(runner, source, workload, threads, max, settings, quiet);
        err.println("verbatim bench: " + BenchReport.warmUpLine(result));
        err.flush();
        return result;
    }

    private static PassResult timed(PassRunner runner, ArticleSource source, Workload workload, int threads,
            long max, long totalBytes, PrintWriter err, int pass, int passes) {
        Progress progress = Progress.onStandardError(err, totalBytes);
        progress.message(String.format(Locale.ROOT, "verbatim bench: pass %d/%d: %s, %d thread%s", pass, passes,
                workload.name(), threads, threads == 1 ? "" : "s"));
        PassResult result = runner.run(source, workload, threads, max, progress);
        progress.finish();
        return result;
    }

    private int rssCheck(List<Path> inputs, PrintWriter err) throws IOException, InterruptedException {
        List<String> common = new ArrayList<>();
        common.add("bench");
        common.add("--json");
        common.add("--warmup=" + warmup);
        common.add("--batch=" + batch);
        common.add("--warmup-max-cpu=" + warmupMaxCpu);
        common.add("--threads=" + String.join(",", threads.stream().map(String::valueOf).toList()));
        JsonlFieldOptions f = jsonl;
        common.addAll(List.of("--id-field=" + f.id, "--text-field=" + f.text, "--url-field=" + f.url,
                "--date-field=" + f.date, "--title-field=" + f.title));
        for (Path p : inputs) {
            common.add(p.toString());
        }
        List<String> small = new ArrayList<>(common);
        small.add(1, "--limit=" + rssSmall);
        List<String> large = new ArrayList<>(common);
        if (limit != null) {
            large.add(1, "--limit=" + limit);
        }
        String flags = String.join(" ", ChildJvm.jvmFlags());
        JsonNode smallReport = child(small, "small run (" + rssSmall + " articles)", err);
        JsonNode largeReport = child(large, "large run (" + (limit == null ? "all" : limit) + " articles)", err);
        if (smallReport == null || largeReport == null) {
            return VerbatimCli.EXIT_FAILURE;
        }
        RssCheck check;
        try {
            check = new RssCheck(smallReport, largeReport);
        } catch (IllegalArgumentException e) {
            err.println("verbatim bench: " + e.getMessage());
            return VerbatimCli.EXIT_FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? check.json(flags).toPrettyString() + "\n" : check.text(flags));
        out.flush();
        return 0;
    }

    /** Runs one child bench and returns its JSON report, or null (reported on {@code err}) when it failed. */
    private static JsonNode child(List<String> args, String what, PrintWriter err)
            throws IOException, InterruptedException {
        err.println("verbatim bench: --rss-check: " + what + " in a fresh JVM");
        err.flush();
        Process process = new ProcessBuilder(ChildJvm.command(args))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] stdout;
        try (InputStream in = process.getInputStream()) {
            stdout = in.readAllBytes();
        }
        int exit = process.waitFor();
        if (exit != 0) {
            err.println("verbatim bench: --rss-check: the " + what + " exited with " + exit);
            return null;
        }
        return new ObjectMapper().readTree(stdout);
    }

    private static String describe(List<Path> inputs) {
        List<String> names = new ArrayList<>();
        for (Path p : inputs) {
            names.add(p.toAbsolutePath().normalize().toString());
        }
        return String.join(", ", names);
    }

    private static long totalSize(List<Path> files) {
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (IOException e) {
                return -1;
            }
        }
        return total;
    }
}
