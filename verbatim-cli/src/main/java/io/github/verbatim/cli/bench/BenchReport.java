package io.github.verbatim.cli.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The figures of one {@code verbatim bench} run and their arithmetic against issue 9's targets, as text for
 * people ({@link #text()}) or JSON ({@link #json()}).
 *
 * @param input         what was read
 * @param environment   where it ran
 * @param warmUps       the warm-ups run before timing, extraction first then the baseline (empty with
 *                      {@code --warmup 0})
 * @param baseline      the decode-and-split pass (one thread)
 * @param extraction    the extraction passes, one per thread count, in the order run
 * @param peakRss       peak resident set size of this process, bytes; empty when unavailable
 * @param heapAfterGc   heap in use after a full collection at the end, bytes (what the run retained)
 * @param finalLoad     load average when the run ended; negative when unknown
 */
public record BenchReport(String input, BenchEnvironment environment, List<WarmUp.Result> warmUps,
                          PassResult baseline,
                          List<PassResult> extraction, OptionalLong peakRss, long heapAfterGc, double finalLoad) {

    /** Issue 9: MB/s per core single-threaded. */
    public static final double TARGET_MB_PER_CORE = 5.0;
    /** Issue 9: speed-up on 2 threads. */
    public static final double TARGET_SPEEDUP_2 = 1.8;
    /** Issue 9: extraction throughput over the decode-and-split baseline. */
    public static final double TARGET_BASELINE_RATIO = 0.05;

    /**
     * JIT compiler CPU over worker CPU above which a timed pass is flagged: its figure still includes the cost
     * of code being compiled.
     */
    public static final double COMPILING_SHARE = 0.02;

    public BenchReport {
        warmUps = List.copyOf(warmUps);
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(baseline, "baseline");
        extraction = List.copyOf(extraction);
        if (extraction.isEmpty()) {
            throw new IllegalArgumentException("at least one extraction pass is needed");
        }
        Objects.requireNonNull(peakRss, "peakRss");
    }

    /** The first extraction pass: the reference for speed-ups (one thread unless configured otherwise). */
    public PassResult reference() {
        return extraction.get(0);
    }

    /** Wall-time speed-up of {@code pass} over the reference pass (articles per second). */
    public double speedup(PassResult pass) {
        return pass.articlesPerSecondWall() / reference().articlesPerSecondWall();
    }

    /**
     * Per-core efficiency of {@code pass} against the reference: its MB/s per core of worker CPU over the
     * reference's. 1.0 means threads do not slow each other down, so {@code threads × efficiency} is the
     * speed-up the pass would give with that many idle cores.
     */
    public double cpuEfficiency(PassResult pass) {
        return pass.mbPerSecondPerCore() / reference().mbPerSecondPerCore();
    }

    /** The reference pass's per-core throughput over the baseline's: issue 9's ratio. */
    public double baselineRatio() {
        return reference().mbPerSecondPerCore() / baseline.mbPerSecondPerCore();
    }

    /** Whether every extraction pass produced the same output checksum and processed the same articles. */
    public boolean outputsIdentical() {
        for (PassResult p : extraction) {
            if (p.checksum() != reference().checksum() || p.articles() != reference().articles()) {
                return false;
            }
        }
        return true;
    }

    /** Articles whose task threw, over all passes. */
    public long failures() {
        long f = baseline.failures();
        for (PassResult p : extraction) {
            f += p.failures();
        }
        return f;
    }

    /** The report for people. */
    public String text() {
        StringBuilder b = new StringBuilder();
        PassResult ref = reference();
        line(b, "verbatim bench: %s", input);
        line(b, "corpus: %,d articles, %.1f MB of UTF-8 text%s", ref.articles(), ref.textBytes() / 1e6,
                ref.skipped() > 0 ? String.format(Locale.ROOT, " (%,d documents skipped by the reader)", ref.skipped()) : "");
        line(b, "JVM: %s, heap limit %,d MB, GC %s, %d processors; load average %s at start, %s at end",
                environment.java(), environment.maxHeap() >> 20, String.join(" + ", environment.collectors()),
                environment.processors(), load(environment.loadStart()), load(finalLoad));
        if (warmUps.isEmpty()) {
            line(b, "warm-up: none (--warmup 0): the first pass runs while the JIT compiles, so it reads slow");
        }
        for (WarmUp.Result w : warmUps) {
            line(b, "%s", warmUpLine(w));
        }
        b.append('\n');
        line(b, "%s", ref.workload());
        line(b, "%7s %8s %10s %10s %8s %11s %11s %7s %9s %7s %11s", "threads", "wall s", "MB/s", "articles/s",
                "CPU s", "MB/s/core", "art/s/core", "cores", "proc CPU s", "GC s", "alloc/art");
        for (PassResult p : extraction) {
            line(b, "%7d %8.1f %10.2f %10.0f %8.1f %11.2f %11.0f %7.2f %9.1f %7.1f %11s", p.threads(),
                    p.wallNanos() / 1e9, p.mbPerSecondWall(), p.articlesPerSecondWall(), p.workerCpuNanos() / 1e9,
                    p.mbPerSecondPerCore(), p.articlesPerSecondPerCore(), p.coresUsed(), p.processCpuNanos() / 1e9,
                    p.gcMillis() / 1e3, bytes(p.allocationPerArticle()));
        }
        line(b, "(MB/s, articles/s: per second of wall time; /core: per second of worker-thread CPU time;"
                + " cores: worker CPU / wall; proc CPU: the whole process, reader, GC and JIT included)");
        for (PassResult p : extraction) {
            if (!p.backgroundCpu().isEmpty()) {
                StringBuilder kinds = new StringBuilder();
                p.backgroundCpu().forEach((kind, nanos) -> kinds.append(kinds.length() == 0 ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%s %.1f s", kind, nanos / 1e9)));
                line(b, "JVM threads' CPU during the %d-thread pass, besides the workers: %s", p.threads(), kinds);
            }
        }
        for (PassResult p : extraction) {
            if (p.jitNanos() >= 0) {
                line(b, "JIT compiler during the %d-thread pass: %.1f s, %.1f%% of worker CPU%s", p.threads(),
                        p.jitNanos() / 1e9, 100 * p.jitShare(), p.jitShare() > COMPILING_SHARE
                                ? String.format(Locale.ROOT, "  (over %.0f%%: still warming up, so this pass"
                                        + " reads slower than the code runs warm)", 100 * COMPILING_SHARE) : "");
            }
        }
        for (PassResult p : extraction.subList(1, extraction.size())) {
            line(b, "%d threads vs %d: wall speed-up %.2fx; per-core efficiency %.2f, so %.2fx on %d idle cores",
                    p.threads(), ref.threads(), speedup(p), cpuEfficiency(p), p.threads() * cpuEfficiency(p),
                    p.threads());
        }
        line(b, "output identical at every thread count: %s", outputsIdentical() ? "yes" : "NO (checksums differ)");
        if (failures() > 0) {
            line(b, "FAILED articles: %,d (first: %s)", failures(), firstFailure());
        }
        b.append('\n');
        line(b, "baseline, %s (regex %s), %d thread: %.2f MB/s per core, %.2f MB/s wall",
                baseline.workload(), BaselineWorkload.WORD, baseline.threads(), baseline.mbPerSecondPerCore(),
                baseline.mbPerSecondWall());
        line(b, "extraction / baseline, per core, %d thread: %.4f (cost %.0fx a bare pass)", ref.threads(),
                baselineRatio(), 1 / baselineRatio());
        b.append('\n');
        CostCurve curve = ref.curve();
        line(b, "cost curve (%d thread, CPU time per article, by text length):", ref.threads());
        line(b, "%-14s %9s %8s %12s %10s", "length", "articles", "MB", "µs/article", "µs/KB");
        for (CostCurve.Bucket k : curve.buckets()) {
            if (k.articles() > 0) {
                line(b, "%-14s %,9d %8.2f %12.0f %10.0f", k.label(), k.articles(), k.bytes() / 1e6,
                        k.microsPerArticle(), k.microsPerKb());
            }
        }
        List<CostCurve.Bucket> thirds = curve.terciles();
        String[] names = {"short", "medium", "long"};
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            CostCurve.Bucket k = thirds.get(i);
            if (k.articles() > 0) {
                t.append(t.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%s (%s) %.0f µs/KB",
                        names[i], k.label(), k.microsPerKb()));
            }
        }
        line(b, "by thirds of the articles: %s", t);
        CostCurve.LinearFit fit = curve.linearFit();
        double k = curve.exponent();
        line(b, "fit: µs = %.0f per article + %.0f per KB (R² %.2f); cost ∝ length^%.2f: %s",
                fit.microsPerArticle(), fit.microsPerKb(), fit.rSquared(), k, CostCurve.verdict(k));
        b.append('\n');
        line(b, "peak RSS (VmHWM): %s; heap in use after a full GC at the end: %,d MB",
                peakRss.isPresent() ? String.format(Locale.ROOT, "%,d MB", peakRss.getAsLong() >> 20)
                        : "unavailable (no /proc/self/status)", heapAfterGc >> 20);
        b.append('\n');
        line(b, "issue 9 targets:");
        PassResult single = singleThread();
        if (single != null) {
            line(b, "  >= %.1f MB/s per core, 1 thread: %.2f  %s", TARGET_MB_PER_CORE, single.mbPerSecondPerCore(),
                    met(single.mbPerSecondPerCore() >= TARGET_MB_PER_CORE));
        }
        for (PassResult p : extraction) {
            if (p.threads() == 2 && ref.threads() == 1) {
                line(b, "  >= %.1fx on 2 threads: %.2fx wall (%.2fx from CPU efficiency)  %s%s", TARGET_SPEEDUP_2,
                        speedup(p), 2 * cpuEfficiency(p), met(speedup(p) >= TARGET_SPEEDUP_2),
                        starved(ref) || starved(p) ? String.format(Locale.ROOT, "  (unreliable: the passes got"
                                + " %.2f and %.2f cores for 1 and 2 threads; other work shared the machine)",
                                ref.coresUsed(), p.coresUsed()) : "");
            }
        }
        line(b, "  >= %.2f of the baseline: %.4f  %s", TARGET_BASELINE_RATIO, baselineRatio(),
                met(baselineRatio() >= TARGET_BASELINE_RATIO));
        line(b, "  peak RSS 23k within 1.2x of 2k: run `verbatim bench --rss-check`");
        return b.toString();
    }

    /** The report as one JSON object. */
    public ObjectNode json() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("input", input);
        ObjectNode env = root.putObject("environment");
        env.put("java", environment.java());
        env.putPOJO("collectors", environment.collectors());
        env.put("maxHeapBytes", environment.maxHeap());
        env.put("processors", environment.processors());
        env.put("loadAverageStart", environment.loadStart());
        env.put("loadAverageEnd", finalLoad);
        ArrayNode warm = root.putArray("warmUps");
        for (WarmUp.Result w : warmUps) {
            ObjectNode o = warm.addObject();
            o.put("threads", w.threads());
            o.put("windowArticles", w.settings().window());
            o.put("articles", w.articles());
            o.put("workerCpuSeconds", w.workerCpuNanos() / 1e9);
            o.put("jitSeconds", w.jitNanos() / 1e9);
            o.put("outcome", w.outcome().name());
            ArrayNode shares = o.putArray("windowJitShares");
            for (WarmUp.Window win : w.windows()) {
                shares.add(win.jitShare());
            }
        }
        root.set("baseline", pass(baseline));
        ArrayNode passes = root.putArray("extraction");
        for (PassResult p : extraction) {
            ObjectNode o = pass(p);
            o.put("wallSpeedup", speedup(p));
            o.put("cpuEfficiency", cpuEfficiency(p));
            passes.add(o);
        }
        root.put("outputsIdentical", outputsIdentical());
        root.put("failures", failures());
        root.put("baselineRatio", baselineRatio());
        if (peakRss.isPresent()) {
            root.put("peakRssBytes", peakRss.getAsLong());
        } else {
            root.putNull("peakRssBytes");
        }
        root.put("heapAfterGcBytes", heapAfterGc);
        return root;
    }

    private static ObjectNode pass(PassResult p) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("workload", p.workload());
        o.put("threads", p.threads());
        o.put("articles", p.articles());
        o.put("textBytes", p.textBytes());
        o.put("skipped", p.skipped());
        o.put("wallSeconds", p.wallNanos() / 1e9);
        o.put("workerCpuSeconds", p.workerCpuNanos() / 1e9);
        o.put("readerCpuSeconds", p.readerCpuNanos() / 1e9);
        o.put("processCpuSeconds", p.processCpuNanos() / 1e9);
        o.put("gcSeconds", p.gcMillis() / 1e3);
        o.put("jitSeconds", p.jitNanos() / 1e9);
        o.put("jitShare", p.jitShare());
        o.put("mbPerSecondWall", p.mbPerSecondWall());
        o.put("mbPerSecondPerCore", p.mbPerSecondPerCore());
        o.put("articlesPerSecondWall", p.articlesPerSecondWall());
        o.put("articlesPerSecondPerCore", p.articlesPerSecondPerCore());
        o.put("allocatedBytesPerArticle", p.allocationPerArticle());
        o.put("checksum", p.checksum());
        o.put("failures", p.failures());
        ObjectNode background = o.putObject("jvmThreadCpuSeconds");
        p.backgroundCpu().forEach((kind, nanos) -> background.put(kind, nanos / 1e9));
        ArrayNode buckets = o.putArray("costCurve");
        for (CostCurve.Bucket k : p.curve().buckets()) {
            ObjectNode kb = buckets.addObject();
            kb.put("fromBytes", k.lower());
            if (k.upper() >= 0) {
                kb.put("toBytes", k.upper());
            } else {
                kb.putNull("toBytes");
            }
            kb.put("articles", k.articles());
            kb.put("bytes", k.bytes());
            kb.put("cpuNanos", k.nanos());
        }
        CostCurve.LinearFit fit = p.curve().linearFit();
        o.put("fitMicrosPerArticle", fit.microsPerArticle());
        o.put("fitMicrosPerKb", fit.microsPerKb());
        o.put("fitRSquared", fit.rSquared());
        o.put("lengthExponent", p.curve().exponent());
        o.put("linearity", CostCurve.verdict(p.curve().exponent()));
        return o;
    }

    /** One line saying what a warm-up ran and whether the compiler had settled at its end. */
    public static String warmUpLine(WarmUp.Result w) {
        WarmUp.Settings s = w.settings();
        String head = String.format(Locale.ROOT, "warm-up, %s on %d thread%s: %,d articles (the timed ones, cycled),"
                        + " %.1f s of worker CPU, JIT compiler %s; ", w.workload(), w.threads(),
                w.threads() == 1 ? "" : "s", w.articles(), w.workerCpuNanos() / 1e9,
                w.jitNanos() < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f s", w.jitNanos() / 1e9));
        String last = Double.isNaN(w.lastJitShare()) ? "an unknown share (no batch finished in that window)"
                : String.format(Locale.ROOT, "%.1f%%", 100 * w.lastJitShare());
        return head + switch (w.outcome()) {
            case SETTLED -> String.format(Locale.ROOT, "settled: JIT under %.0f%% of worker CPU in %d"
                    + " windows of %,d articles in a row (last %s)", 100 * s.quietShare(), s.quietWindows(),
                    s.window(), last);
            case CPU_CAP -> String.format(Locale.ROOT, "NOT settled: stopped at the cap of %.0f s of CPU with"
                    + " the JIT at %s of worker CPU in the last window", s.maxCpuNanos() / 1e9, last);
            case WINDOW_CAP -> String.format(Locale.ROOT, "NOT settled: stopped at the cap of %,d windows of %,d"
                    + " articles with the JIT at %s of worker CPU in the last window", s.maxWindows(),
                    s.window(), last);
            case NO_JIT_CLOCK -> String.format(Locale.ROOT, "this JVM reports no JIT time, so it ran the"
                    + " minimum %.0f s of CPU", s.minCpuNanos() / 1e9);
            case NO_ARTICLES -> "no readable article";
        };
    }

    private PassResult singleThread() {
        for (PassResult p : extraction) {
            if (p.threads() == 1) {
                return p;
            }
        }
        return null;
    }

    private String firstFailure() {
        if (baseline.firstFailure() != null) {
            return baseline.firstFailure();
        }
        for (PassResult p : extraction) {
            if (p.firstFailure() != null) {
                return p.firstFailure();
            }
        }
        return "";
    }

    /** Whether a pass's workers got less than 90% of a core each: its wall time measured other load. */
    static boolean starved(PassResult p) {
        return p.coresUsed() < 0.9 * p.threads();
    }

    private static String met(boolean ok) {
        return ok ? "met" : "NOT met";
    }

    private static String load(double load) {
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", load);
    }

    /** A byte count for people: "12.3 KB", "1.2 MB" (decimal units). */
    static String bytes(double n) {
        if (Double.isNaN(n)) {
            return "n/a";
        }
        if (n >= 1e6) {
            return String.format(Locale.ROOT, "%.2f MB", n / 1e6);
        }
        if (n >= 1e3) {
            return String.format(Locale.ROOT, "%.1f KB", n / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f B", n);
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
