package io.github.verbatim.cli.bench;

import io.github.verbatim.cli.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Runs a workload before it is timed until the JIT compiler has settled: over the articles that will be timed
 * (cycled from the start when they run out), in windows of {@link Settings#window()} articles, it watches the
 * JIT compiler's CPU time ({@link JitClock}) against the workers' CPU time, and stops once the workers have had
 * at least {@link Settings#minCpuNanos()} and the compiler took at most {@link Settings#quietShare()} of the
 * worker CPU in {@link Settings#quietWindows()} windows in a row. It stops anyway at
 * {@link Settings#maxCpuNanos()} of worker CPU or {@link Settings#maxWindows()} windows, and says so: a timed
 * pass that starts while the compiler is still busy runs partly on unoptimised code, and whichever pass comes
 * first looks slower. Without a compilation clock it runs the minimum CPU only. One instance per warm-up; the
 * gate methods follow {@link PassRunner.Gate}'s threading rules.
 */
public final class WarmUp implements PassRunner.Gate {

    /**
     * When a warm-up stops.
     *
     * @param window       articles per window (at least 1)
     * @param minCpuNanos  worker CPU the warm-up takes at least
     * @param maxCpuNanos  worker CPU after which it stops, settled or not
     * @param maxWindows   windows after which it stops, settled or not
     * @param quietShare   JIT compiler CPU over worker CPU in a window, at most, for that window to count quiet
     * @param quietWindows quiet windows in a row that mean settled
     */
    public record Settings(int window, long minCpuNanos, long maxCpuNanos, int maxWindows, double quietShare,
                           int quietWindows) {
        public Settings {
            if (window < 1 || maxWindows < 1 || quietWindows < 1) {
                throw new IllegalArgumentException("window, maxWindows and quietWindows must be at least 1, got "
                        + window + ", " + maxWindows + ", " + quietWindows);
            }
            if (minCpuNanos < 0 || maxCpuNanos < minCpuNanos) {
                throw new IllegalArgumentException("need 0 <= minCpuNanos <= maxCpuNanos, got " + minCpuNanos
                        + " and " + maxCpuNanos);
            }
            if (!(quietShare >= 0)) {
                throw new IllegalArgumentException("quietShare must be at least 0, got " + quietShare);
            }
        }
    }

    /** Why a warm-up stopped. */
    public enum Outcome {
        /** Compilation stayed under the quiet share for the required windows, after the minimum CPU. */
        SETTLED,
        /** The worker CPU cap came first: the compiler was still busy. */
        CPU_CAP,
        /** The window cap came first: the compiler was still busy. */
        WINDOW_CAP,
        /** This JVM reports no compilation time: the minimum CPU was run, nothing more is known. */
        NO_JIT_CLOCK,
        /** The source ran dry (no readable article). */
        NO_ARTICLES
    }

    /**
     * One window's figures.
     *
     * @param articles       articles admitted in the window
     * @param workerCpuNanos worker CPU of the articles finished in the window
     * @param jitNanos       JIT compiler CPU in the window ({@link JitClock}); -1 when unknown
     */
    public record Window(long articles, long workerCpuNanos, long jitNanos) {
        /** Compilation time over worker CPU; NaN without CPU. */
        public double jitShare() {
            return workerCpuNanos <= 0 ? Double.NaN : (double) jitNanos / workerCpuNanos;
        }
    }

    /**
     * What a warm-up did.
     *
     * @param workload       the workload's name
     * @param threads        worker threads it ran on
     * @param articles       articles it ran (the timed ones, cycled)
     * @param workerCpuNanos worker CPU it took
     * @param jitNanos       JIT compiler CPU during it ({@link JitClock}); -1 when unknown
     * @param windows        its windows in order
     * @param outcome        why it stopped
     * @param settings       the rule it followed
     */
    public record Result(String workload, int threads, long articles, long workerCpuNanos, long jitNanos, List<Window> windows,
                         Outcome outcome, Settings settings) {
        public Result {
            Objects.requireNonNull(workload, "workload");
            windows = List.copyOf(windows);
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(settings, "settings");
        }

        /** The last window's compilation share, NaN without windows. */
        public double lastJitShare() {
            return windows.isEmpty() ? Double.NaN : windows.get(windows.size() - 1).jitShare();
        }
    }

    private final Settings settings;
    private final LongSupplier jitClock;
    private final LongAdder cpu = new LongAdder();
    private final List<Window> windows = new ArrayList<>();
    private final long jitStart;
    private long admitted;
    private long windowCpu0;
    private long windowJit0;
    private int quietInARow;
    private Outcome outcome;

    /** A gate for one warm-up, reading the JIT's work so far from {@code jitClock} (ns, -1 when unknown). */
    WarmUp(Settings settings, LongSupplier jitClock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.jitClock = Objects.requireNonNull(jitClock, "jitClock");
        this.jitStart = jitClock.getAsLong();
        this.windowJit0 = jitStart;
    }

    /**
     * Warms {@code workload} on {@code threads} workers over the first {@code limit} articles of {@code source},
     * cycled, until it settles or a cap is reached (see the class comment).
     */
    public static Result run(PassRunner runner, ArticleSource source, Workload workload, int threads, long limit,
            Settings settings, Progress progress) {
        return run(runner, source, workload, threads, limit, settings, progress, new JitClock()::advance);
    }

    static Result run(PassRunner runner, ArticleSource source, Workload workload, int threads, long limit,
            Settings settings, Progress progress, LongSupplier jitClock) {
        WarmUp gate = new WarmUp(settings, jitClock);
        PassResult pass = runner.run(new CyclingSource(source, limit), workload, threads, Long.MAX_VALUE, progress,
                gate);
        return gate.result(workload.name(), threads, pass);
    }

    @Override
    public boolean admit() {
        if (outcome != null) {
            return false;
        }
        if (admitted > 0 && admitted % settings.window() == 0) {
            closeWindow();
            if (outcome != null) {
                return false;
            }
        }
        admitted++;
        return true;
    }

    @Override
    public void done(long cpuNanos) {
        cpu.add(cpuNanos);
    }

    private void closeWindow() {
        long cpuNow = cpu.sum();
        long jitNow = jitClock.getAsLong();
        Window w = new Window(settings.window(), cpuNow - windowCpu0,
                jitNow < 0 || windowJit0 < 0 ? -1 : jitNow - windowJit0);
        windows.add(w);
        windowCpu0 = cpuNow;
        windowJit0 = jitNow;
        boolean quiet = w.jitNanos() >= 0 && w.workerCpuNanos() > 0
                && w.jitShare() <= settings.quietShare();
        quietInARow = quiet ? quietInARow + 1 : 0;
        boolean enoughCpu = cpuNow >= settings.minCpuNanos();
        if (jitNow < 0) {
            if (enoughCpu) {
                outcome = Outcome.NO_JIT_CLOCK;
            }
        } else if (enoughCpu && quietInARow >= settings.quietWindows()) {
            outcome = Outcome.SETTLED;
        } else if (cpuNow >= settings.maxCpuNanos()) {
            outcome = Outcome.CPU_CAP;
        }
        if (outcome == null && windows.size() >= settings.maxWindows()) {
            outcome = Outcome.WINDOW_CAP;
        }
    }

    private Result result(String workload, int threads, PassResult pass) {
        Outcome why = outcome;
        if (why == null) {
            // the source ended the pass: only an empty source does that, as it is cycled
            why = pass.articles() == 0 ? Outcome.NO_ARTICLES : Outcome.WINDOW_CAP;
        }
        long jitNow = jitClock.getAsLong();
        return new Result(workload, threads, pass.articles(), pass.workerCpuNanos(),
                jitStart < 0 || jitNow < 0 ? -1 : jitNow - jitStart, windows, why, settings);
    }
}
