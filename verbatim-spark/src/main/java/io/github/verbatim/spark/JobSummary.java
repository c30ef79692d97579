package io.github.verbatim.spark;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one run of the job did, as counted by Spark.
 *
 * @param files         input files listed
 * @param articles      articles read and extracted
 * @param attributions  attribution rows written
 * @param duplicates    articles flagged as near-duplicates of an earlier one
 * @param skips         diagnostics rows by reason
 * @param storedArticles articles after keeping the first of each article key (what the aggregation and
 *                       {@code results/} hold)
 * @param statements    cross-outlet statements built
 * @param speakers      registered speakers built
 * @param seconds       wall-clock time of the whole job
 * @param cpuSeconds    process CPU seconds of the driver's JVM over the whole job (every thread; in local mode
 *                      the executors too), NaN where the JVM does not report it
 * @param phases        wall-clock seconds by phase, in job order: {@code read+dedup} (listing, reading, the
 *                      fingerprints and the driver's duplicate and stored-copy decisions), {@code extract+write}
 *                      (the pipeline over every article, each task writing its attribution and results files),
 *                      {@code commit} (the driver moving the tasks' files into place and writing the diagnostics
 *                      table), {@code aggregate} (the driver clustering statements, registering speakers and
 *                      writing the statements, statement reports and speakers tables)
 * @param phaseCpu      process CPU seconds of the driver's JVM by phase, same keys as {@code phases}
 * @param aggregationCpu thread CPU seconds of the driver's clustering and speaker registry (part of the
 *                      {@code aggregate} phase's CPU)
 */
public record JobSummary(int files, long articles, long attributions, long duplicates, Map<String, Long> skips,
                         long storedArticles, int statements, int speakers, double seconds, double cpuSeconds,
                         Map<String, Double> phases, Map<String, Double> phaseCpu, double aggregationCpu) {

    public JobSummary {
        skips = Map.copyOf(skips);
        phases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phases));
        phaseCpu = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phaseCpu));
    }

    /** Articles extracted per second of wall-clock time. */
    public double articlesPerSecond() {
        return articles / Math.max(seconds, 1e-9);
    }

    @Override
    public String toString() {
        return String.format("files: %d, articles: %d, attributions: %d, near-duplicates: %d, skipped: %s, "
                        + "stored articles: %d, statements: %d, speakers: %d, %.1f s, CPU %.1f s (%.1f articles/s; %s; "
                        + "clustering and registry thread CPU %.1f s)",
                files, articles, attributions, duplicates, new TreeMap<>(skips), storedArticles, statements, speakers,
                seconds, cpuSeconds, articlesPerSecond(), phaseText(), aggregationCpu);
    }

    private String phaseText() {
        StringBuilder b = new StringBuilder();
        phases.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ')
                .append(String.format("%.1f s (CPU %.1f s)", v, phaseCpu.getOrDefault(k, Double.NaN))));
        return b.toString();
    }
}
