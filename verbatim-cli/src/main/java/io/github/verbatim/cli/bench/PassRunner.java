package io.github.verbatim.cli.bench;

import io.github.verbatim.cli.Progress;
import io.github.verbatim.model.Article;
import io.github.verbatim.pipeline.ArticleBatcher;
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
 * Runs one pass of a {@link Workload} over an {@link ArticleSource}: the calling thread reads articles and
 * groups them into batches (up to {@link #batchArticles()} articles and {@value #BATCH_BYTES} bytes of text, all
 * of one {@link CostCurve} length bucket, in reading order within the bucket), puts the batches into a small
 * bounded queue ({@value #QUEUE_PER_THREAD} batches per worker), and worker threads take them and run the
 * workload ({@link Workload.Task#runAll}), timing each batch in thread CPU; the cost curve gets each batch's
 * mean per article, which is why a batch holds one bucket's articles only. Batches of 1 time every article
 * on its own. Memory holds at most the queue and one open batch per bucket, never the corpus. Measures
 * wall time, worker CPU, reader CPU, process CPU, collector time and worker allocation
 * ({@code com.sun.management.ThreadMXBean}). A task that throws is counted as a failure, never ends the pass.
 */
public final class PassRunner {

    /** Queue slots (batches) per worker thread. */
    static final int QUEUE_PER_THREAD = 4;

    /** A batch is closed once its articles' text reaches this many UTF-8 bytes. */
    static final long BATCH_BYTES = 1L << 20;

    /** Name prefix of the worker threads. */
    static final String WORKER = "bench-worker-";

    private static final List<BenchItem> END = List.of(new BenchItem(Article.of("end-of-pass", "."), 0, null));

    private final com.sun.management.ThreadMXBean threadBean;
    private final com.sun.management.OperatingSystemMXBean osBean;
    private final int batchArticles;

    /** A runner whose batches hold up to {@link ArticleBatcher#DEFAULT_ARTICLES} articles, as {@code extract}'s. */
    public PassRunner() {
        this(ArticleBatcher.DEFAULT_ARTICLES);
    }

    /** A runner whose batches hold up to {@code batchArticles} articles (1: every article on its own). */
    public PassRunner(int batchArticles) {
        if (batchArticles < 1) {
            throw new IllegalArgumentException("batch must be at least 1 article, got " + batchArticles);
        }
        this.batchArticles = batchArticles;
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

    /** Most articles in one batch. */
    public int batchArticles() {
        return batchArticles;
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
        BlockingQueue<List<BenchItem>> queue = new ArrayBlockingQueue<>(QUEUE_PER_THREAD * threads);
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
        CostCurve buckets = new CostCurve();
        Batches batches = new Batches(buckets.buckets().size(), queue);
        long skipped = source.read(article -> {
            if (read[0] >= limit || !gate.admit()) {
                return false;
            }
            byte[] utf8 = workload.needsBytes() ? article.text().getBytes(StandardCharsets.UTF_8) : null;
            long size = utf8 != null ? utf8.length : Utf8.length(article.text());
            batches.add(buckets.bucketOf(size), new BenchItem(article, size, utf8));
            read[0]++;
            return true;
        }, progress::bytes);
        batches.flush();
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

    /** The reader's open batches, one per length bucket; a full batch goes to the queue. */
    private final class Batches {
        private final List<List<BenchItem>> open = new ArrayList<>();
        private final long[] bytes;
        private final BlockingQueue<List<BenchItem>> queue;

        Batches(int buckets, BlockingQueue<List<BenchItem>> queue) {
            for (int i = 0; i < buckets; i++) {
                open.add(new ArrayList<>());
            }
            this.bytes = new long[buckets];
            this.queue = queue;
        }

        void add(int bucket, BenchItem item) {
            List<BenchItem> batch = open.get(bucket);
            batch.add(item);
            bytes[bucket] += item.utf8Bytes();
            if (batch.size() >= batchArticles || bytes[bucket] >= BATCH_BYTES) {
                send(bucket);
            }
        }

        void flush() {
            for (int i = 0; i < open.size(); i++) {
                if (!open.get(i).isEmpty()) {
                    send(i);
                }
            }
        }

        private void send(int bucket) {
            put(queue, List.copyOf(open.get(bucket)));
            open.get(bucket).clear();
            bytes[bucket] = 0;
        }
    }

    private static void put(BlockingQueue<List<BenchItem>> queue, List<BenchItem> item) {
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
        private final BlockingQueue<List<BenchItem>> queue;
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

        Worker(Workload.Task task, BlockingQueue<List<BenchItem>> queue, Progress progress, Gate gate) {
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
                List<BenchItem> batch;
                try {
                    batch = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                if (batch == END) {
                    put(queue, END);
                    break;
                }
                long before = threadBean.getCurrentThreadCpuTime();
                try {
                    checksum += task.runAll(batch);
                } catch (RuntimeException | StackOverflowError e) {
                    for (BenchItem item : batch) {
                        runAlone(item);
                    }
                }
                long spent = threadBean.getCurrentThreadCpuTime() - before;
                long batchBytes = 0;
                for (BenchItem item : batch) {
                    batchBytes += item.utf8Bytes();
                }
                curve.addBatch(batch.size(), batchBytes, spent);
                gate.done(spent);
                articles += batch.size();
                bytes += batchBytes;
                done.accept(batch.size());
            }
            cpuNanos = threadBean.getCurrentThreadCpuTime() - cpu0;
            allocated = threadBean.getCurrentThreadAllocatedBytes() - alloc0;
        }

        /** One article of a batch that threw, on its own, so that a failure is counted per article. */
        private void runAlone(BenchItem item) {
            try {
                checksum += task.run(item);
            } catch (RuntimeException | StackOverflowError e) {
                failures++;
                if (firstFailure == null) {
                    firstFailure = item.article().id() + ": " + e;
                }
            }
        }
    }
}
