package io.github.verbatim.spark;

import io.github.verbatim.pipeline.Pipeline;

/**
 * One extraction pipeline per executor JVM, built on first use and shared by every task (and task thread)
 * of that JVM: loading lexicons and models once per executor, not once per partition or record. The
 * pipeline is the CLI's ({@link Pipeline#standard()}), which is immutable and thread-safe.
 */
final class PipelineHolder {

    private static volatile Pipeline pipeline;

    private PipelineHolder() {
    }

    /** The executor's pipeline, built on the first call. */
    static Pipeline get() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (PipelineHolder.class) {
                p = pipeline;
                if (p == null) {
                    p = Pipeline.standard();
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /**
     * Drops the JVM's pipeline, so the next {@link #get} builds a new one as a fresh executor would: lets a
     * benchmark that runs the job several times in one JVM charge every run the pipeline's loading time, as
     * the CLI pays it on every run.
     */
    static void discard() {
        synchronized (PipelineHolder.class) {
            pipeline = null;
        }
    }
}
