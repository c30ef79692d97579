package io.github.verbatim.cli.bench;

import java.util.Objects;

/**
 * The figures of one timed pass of a {@link Workload} over the corpus.
 *
 * @param workload        what was run
 * @param threads         worker threads
 * @param articles        articles processed
 * @param textBytes       their text, UTF-8 bytes
 * @param skipped         documents the reader could not read
 * @param wallNanos       wall time of the pass (reading included, on its own thread)
 * @param workerCpuNanos  CPU time of the worker threads, summed: the per-core figure
 * @param readerCpuNanos  CPU time of the reading thread (inflating, JSON parsing)
 * @param processCpuNanos CPU time of the whole process over the pass (workers, reader, GC, JIT, others)
 * @param gcMillis        time the collectors report for the pass
 * @param jitNanos        CPU of the JIT compiler threads during the pass ({@link JitClock}); -1 when the JVM
 *                        does not report it
 * @param allocatedBytes  bytes allocated by the worker threads
 * @param checksum        sum of the per-article results: equal for byte-identical output
 * @param failures        articles whose task threw (the first error is in {@code firstFailure})
 * @param firstFailure    the first error's description, or null
 * @param curve           cost against article length, per article thread CPU
 * @param backgroundCpu   CPU nanoseconds of the JVM's own threads over the pass by kind, in name order
 *                        ({@link JvmThreadCpu}: JIT compiler, GC, other), the reading thread included in
 *                        "other"; empty where {@code /proc} is absent
 */
public record PassResult(String workload, int threads, long articles, long textBytes, long skipped, long wallNanos,
                         long workerCpuNanos, long readerCpuNanos, long processCpuNanos, long gcMillis,
                         long jitNanos, long allocatedBytes, long checksum, long failures, String firstFailure, CostCurve curve,
                         java.util.Map<String, Long> backgroundCpu) {

    public PassResult {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(curve, "curve");
        backgroundCpu = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(backgroundCpu));
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** MB (10^6 bytes) of text per second of wall time. */
    public double mbPerSecondWall() {
        return rate(textBytes / 1e6, wallNanos);
    }

    /** MB of text per second of worker CPU time: the per-core throughput. */
    public double mbPerSecondPerCore() {
        return rate(textBytes / 1e6, workerCpuNanos);
    }

    /** Articles per second of wall time. */
    public double articlesPerSecondWall() {
        return rate(articles, wallNanos);
    }

    /** Articles per second of worker CPU time. */
    public double articlesPerSecondPerCore() {
        return rate(articles, workerCpuNanos);
    }

    /**
     * JIT compiler CPU over worker CPU: how much compiling still went on during the pass, which slows the
     * workers (they run less optimised code meanwhile); NaN when unknown.
     */
    public double jitShare() {
        return jitNanos < 0 || workerCpuNanos <= 0 ? Double.NaN : (double) jitNanos / workerCpuNanos;
    }

    /** Mean bytes allocated per article by the worker threads; NaN with no articles. */
    public double allocationPerArticle() {
        return articles == 0 ? Double.NaN : (double) allocatedBytes / articles;
    }

    /** Worker CPU over wall time: how many cores the workers actually got on average. */
    public double coresUsed() {
        return wallNanos == 0 ? Double.NaN : (double) workerCpuNanos / wallNanos;
    }

    static double rate(double amount, long nanos) {
        return nanos <= 0 ? Double.NaN : amount / (nanos / 1e9);
    }
}
