package io.github.verbatim.learn;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A pool of {@link TaggingWorkspace}s for one model, so that concurrent callers each get their own and a
 * warm workspace (with its filled token cache) is reused by the next call. Keeps at most {@code maxIdle}
 * idle workspaces, so memory is bounded by the peak number of concurrent callers and, between bursts, by
 * {@code maxIdle}. Thread-safe.
 */
final class TaggingWorkspaces {

    private final Supplier<TaggingWorkspace> factory;
    private final int maxIdle;
    private final ConcurrentLinkedQueue<TaggingWorkspace> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    TaggingWorkspaces(Supplier<TaggingWorkspace> factory, int maxIdle) {
        if (maxIdle < 1) {
            throw new IllegalArgumentException("maxIdle " + maxIdle + " < 1");
        }
        this.factory = factory;
        this.maxIdle = maxIdle;
    }

    /** An idle workspace, or a new one when none is idle; hand it back with {@link #release}. */
    TaggingWorkspace acquire() {
        TaggingWorkspace w = idle.poll();
        if (w != null) {
            idleCount.decrementAndGet();
            return w;
        }
        return factory.get();
    }

    /** Returns a workspace taken with {@link #acquire}; it is dropped when enough are idle already. */
    void release(TaggingWorkspace workspace) {
        if (idleCount.incrementAndGet() <= maxIdle) {
            idle.offer(workspace);
        } else {
            idleCount.decrementAndGet();
        }
    }
}
