package io.github.verbatim.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's native threads by kind (JIT compilers, garbage collector, Spark task threads, the
 * driver's main thread, others), read from {@code /proc/self/task/N/stat} (Linux only; empty elsewhere). The JVM's
 * own compiler and collector threads are invisible to {@code ThreadMXBean}, so this is how the benchmark tells
 * the job's JIT and GC CPU from its tasks'. A thread that ends between two snapshots takes its CPU with it; the
 * benchmark reports that remainder against the process CPU. Immutable snapshot.
 */
final class ThreadCpu {

    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<Integer, Sample> threads;

    private record Sample(String kind, long ticks) {
    }

    private ThreadCpu(Map<Integer, Sample> threads) {
        this.threads = threads;
    }

    /** The CPU ticks of every live thread of this JVM now. */
    static ThreadCpu snapshot() {
        Map<Integer, Sample> threads = new HashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return new ThreadCpu(threads);
        }
        try (Stream<Path> list = Files.list(tasks)) {
            for (Path t : (Iterable<Path>) list::iterator) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] rest = stat.substring(close + 2).split(" ");
                    // fields after the name: state(0) ... utime(11) stime(12)
                    long ticks = Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
                    threads.put(Integer.parseInt(t.getFileName().toString()),
                            new Sample(kind(stat.substring(open + 1, close)), ticks));
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            return new ThreadCpu(threads);
        }
        return new ThreadCpu(threads);
    }

    /** CPU seconds by thread kind spent between {@code before} and this snapshot, by threads alive in both or new. */
    Map<String, Double> since(ThreadCpu before) {
        Map<String, Double> seconds = new TreeMap<>();
        threads.forEach((tid, now) -> {
            Sample then = before.threads.get(tid);
            long delta = now.ticks() - (then == null || !then.kind().equals(now.kind()) ? 0 : then.ticks());
            if (delta > 0) {
                seconds.merge(now.kind(), delta / TICKS_PER_SECOND, Double::sum);
            }
        });
        return seconds;
    }

    private static String kind(String comm) {
        if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
            return "jit";
        }
        if (comm.startsWith("GC Thread") || comm.startsWith("G1 ") || comm.startsWith("VM Thread")
                || comm.startsWith("ParGC")) {
            return "gc+vm";
        }
        if (comm.startsWith("Executor task")) {
            return "spark tasks";
        }
        if (comm.equals("java") || comm.equals("main")) {
            return "main";
        }
        return "other";
    }
}
