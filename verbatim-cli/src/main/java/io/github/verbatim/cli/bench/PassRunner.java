package io.github.verbatim.cli.bench;

import io.github.verbatim.cli.Progress;
import io.github.verbatim.model.Article;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongConsumer;

/**
 * Runs one pass of a {@link Workload} over an {@link ArticleSource}: the calling thread reads articles into a
 * small bounded queue ({@value #QUEUE_PER_THREAD} per worker), and worker threads take them and run the
 * workload, timing each article in thread CPU. Memory holds at most the queue, never the corpus. Measures
 * wall time, worker CPU, reader CPU, process CPU, collector time and worker allocation
 * ({@code com.sun.management.ThreadMXBean}). A task that throws is counted as a failure, never ends the pass.
 */
public final class PassRunner {

    /** Queue slots per worker thread. */
    static final int QUEUE_PER_THREAD = 32;

    /** Name prefix of the worker threads. */
    static final String WORKER = "bench-worker-";

    private static final BenchItem END = new BenchItem(Article.of("end-of-pass", "."), 0, null);

    private final com.sun.management.ThreadMXBean threadBean;
    private final com.sun.management.OperatingSystemMXBean osBean;

    public PassRunner() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t)
                || !(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean o)) {
            throw new IllegalStateException("this JVM lacks com.sun.management beans: cannot count CPU time and"
                    + " allocation per thread");
        }
        this.threadBean = t;
        this.osBean = o;
        if (!threadBean.isThreadCpuTimeSupported() || !threadBean.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM cannot measure thread CPU time or thread allocation");
        }
        threadBean.setThreadCpuTimeEnabled(true);
        threadBean.setThreadAllocatedMemoryEnabled(true);
    }

    /**
     * Runs {@code workload} on {@code threads} workers over at most {@code limit} articles of {@code source}.
     *
     * @param progress told of each article done (worker threads) and of input bytes read (this thread)
     */
    public PassResult run(ArticleSource source, Workload workload, int threads, long limit, Progress progress) {
        return run(source, workload, threads, limit, progress, Gate.OPEN);
    }

    /**
     * As {@link #run(ArticleSource, Workload, int, long, Progress)}, with a {@link Gate} that sees each
     * article's CPU time and may end the pass early (a warm-up that runs until the JIT compiler settles).
     */
    public PassResult run(ArticleSource source, Workload workload, int threads, long limit, Progress progress,
            Gate gate) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(progress, "progress");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
        BlockingQueue<BenchItem> queue = new ArrayBlockingQueue<>(QUEUE_PER_THREAD * threads);
        List<Worker> workers = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            workers.add(new Worker(workload.newTask(), queue, progress, gate));
        }
        java.util.Map<String, Long> jvm0 = JvmThreadCpu.snapshot(WORKER);
        long gc0 = gcMillis();
        JitClock jit = new JitClock();
        long process0 = osBean.getProcessCpuTime();
        long reader0 = threadBean.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        List<Thread> running = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(workers.get(i), WORKER + i);
            t.setDaemon(true);
            t.start();
            running.add(t);
        }
        long[] read = {0};
        long skipped = source.read(article -> {
            if (read[0] >= limit || !gate.admit()) {
                return false;
            }
            byte[] utf8 = workload.needsBytes() ? article.text().getBytes(StandardCharsets.UTF_8) : null;
            long size = utf8 != null ? utf8.length : Utf8.length(article.text());
            put(queue, new BenchItem(article, size, utf8));
            read[0]++;
            return true;
        }, progress::bytes);
        put(queue, END);
        for (Thread t : running) {
            join(t);
        }
        long wall = System.nanoTime() - wall0;
        long readerCpu = threadBean.getCurrentThreadCpuTime() - reader0;
        long processCpu = osBean.getProcessCpuTime() - process0;
        long gc = gcMillis() - gc0;
        long compile = jit.advance();
        java.util.Map<String, Long> background = JvmThreadCpu.difference(jvm0, JvmThreadCpu.snapshot(WORKER));
        long articles = 0;
        long bytes = 0;
        long cpu = 0;
        long allocated = 0;
        long checksum = 0;
        long failures = 0;
        String firstFailure = null;
        CostCurve curve = new CostCurve();
        for (Worker w : workers) {
            articles += w.articles;
            bytes += w.bytes;
            cpu += w.cpuNanos;
            allocated += w.allocated;
            checksum += w.checksum;
            failures += w.failures;
            if (firstFailure == null) {
                firstFailure = w.firstFailure;
            }
            curve.merge(w.curve);
        }
        return new PassResult(workload.name(), threads, articles, bytes, skipped, wall, cpu, readerCpu, processCpu,
                gc, compile, allocated, checksum, failures, firstFailure, curve, background);
    }

    /**
     * Decides, article by article, whether a pass goes on. {@link #admit()} is called on the reading thread
     * before each article is queued (false ends the pass there); {@link #done(long)} on a worker thread after
     * each article, with its CPU time, so it must be thread-safe.
     */
    public interface Gate {
        /** A gate that admits every article and ignores CPU time. */
        Gate OPEN = new Gate() {
            @Override
            public boolean admit() {
                return true;
            }

            @Override
            public void done(long cpuNanos) {
            }
        };

        /** Whether the next article may be queued (reading thread only). */
        boolean admit();

        /** An article took {@code cpuNanos} of worker CPU (any worker thread). */
        void done(long cpuNanos);
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private static void put(BlockingQueue<BenchItem> queue, BenchItem item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading articles", e);
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + t.getName(), e);
        }
    }

    /** One worker thread's loop and its own tallies (read by the runner after {@code join}). */
    private final class Worker implements Runnable {
        private final Workload.Task task;
        private final BlockingQueue<BenchItem> queue;
        private final LongConsumer done;
        private final Gate gate;
        private final CostCurve curve = new CostCurve();
        private long articles;
        private long bytes;
        private long cpuNanos;
        private long allocated;
        private long checksum;
        private long failures;
        private String firstFailure;

        Worker(Workload.Task task, BlockingQueue<BenchItem> queue, Progress progress, Gate gate) {
            this.task = task;
            this.gate = gate;
            this.queue = queue;
            this.done = progress::documents;
        }

        @Override
        public void run() {
            long alloc0 = threadBean.getCurrentThreadAllocatedBytes();
            long cpu0 = threadBean.getCurrentThreadCpuTime();
            while (true) {
                BenchItem item;
                try {
                    item = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                if (item == END) {
                    put(queue, END);
                    break;
                }
                long before = threadBean.getCurrentThreadCpuTime();
                try {
                    checksum += task.run(item);
                } catch (RuntimeException | StackOverflowError e) {
                    failures++;
                    if (firstFailure == null) {
                        firstFailure = item.article().id() + ": " + e;
                    }
                }
                long spent = threadBean.getCurrentThreadCpuTime() - before;
                curve.add(item.utf8Bytes(), spent);
                gate.done(spent);
                articles++;
                bytes += item.utf8Bytes();
                done.accept(1);
            }
            cpuNanos = threadBean.getCurrentThreadCpuTime() - cpu0;
            allocated = threadBean.getCurrentThreadAllocatedBytes() - alloc0;
        }
    }
}
