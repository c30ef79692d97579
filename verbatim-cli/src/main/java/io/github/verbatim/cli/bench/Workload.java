package io.github.verbatim.cli.bench;

import java.util.List;

/**
 * What a measuring worker does to each article. {@link #newTask()} is called once per worker thread, so a
 * task may keep per-thread state (an output writer); the workload itself must be thread-safe.
 */
public interface Workload {

    /** A short name for reports. */
    String name();

    /** Whether items must carry their UTF-8 bytes ({@link BenchItem#utf8()}). */
    boolean needsBytes();

    /** A task for one worker thread. */
    Task newTask();

    /** Per-thread work on one article. */
    interface Task {
        /**
         * Processes one article and returns a number derived from its output, so that the work cannot be
         * optimised away and so that runs can be compared (an order-independent checksum adds these up).
         */
        long run(BenchItem item);

        /**
         * Processes a batch of articles (all of one length bucket, see {@link PassRunner}) and returns the sum of
         * what {@link #run} would return for each. This default runs them one by one; a workload whose work is
         * cheaper per article in batches overrides it. If it throws, the runner runs the batch's articles one by
         * one, so that failures are counted per article.
         */
        default long runAll(List<BenchItem> batch) {
            long sum = 0;
            for (BenchItem item : batch) {
                sum += run(item);
            }
            return sum;
        }
    }
}
