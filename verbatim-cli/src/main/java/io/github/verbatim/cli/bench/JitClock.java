package io.github.verbatim.cli.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * How much the JIT compilers have worked: the CPU time of the compiler threads, read per thread from
 * {@code /proc/self/task/<tid>/stat} (Linux), or where that is unavailable the JVM's compilation time
 * ({@link CompilationMXBean#getTotalCompilationTime()}). The latter counts wall time spent compiling, so on a
 * loaded machine it overstates the work (a compiler thread waiting for a core keeps its clock running): it is
 * only the fallback. While the figure grows, the timed threads run code that is not final yet.
 *
 * <p>Compiler threads come and go (HotSpot starts and stops them with demand), so the CPU is tracked per
 * thread: {@link #advance()} adds what each live thread did since it was last seen, losing only what a thread
 * did between its last sighting and its end. Not thread-safe: one instance per measurement, on one thread.
 */
public final class JitClock {

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final boolean fromProc;
    private final Map<String, Long> lastTicks = new HashMap<>();
    private long totalNanos;

    /** A clock starting at zero now. */
    public JitClock() {
        this.fromProc = Files.isDirectory(TASKS) && readTicks(new HashMap<>());
        if (fromProc) {
            readTicks(lastTicks);
        } else {
            totalNanos = -compilationNanos();
        }
    }

    /**
     * The JIT's work since this clock was made, in nanoseconds (compiler CPU, or compilation time as the
     * fallback); -1 when the JVM reports neither.
     */
    public long advance() {
        if (fromProc) {
            Map<String, Long> now = new HashMap<>();
            readTicks(now);
            for (Map.Entry<String, Long> e : now.entrySet()) {
                totalNanos += Math.max(0, e.getValue() - lastTicks.getOrDefault(e.getKey(), 0L)) * NANOS_PER_TICK;
            }
            lastTicks.clear();
            lastTicks.putAll(now);
            return totalNanos;
        }
        long c = compilationNanos();
        return c < 0 ? -1 : c + totalNanos;
    }

    /** Whether the figure is compiler-thread CPU (true) or the JVM's compilation time (false). */
    public boolean isCpu() {
        return fromProc;
    }

    private static long compilationNanos() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit == null || !jit.isCompilationTimeMonitoringSupported() ? -1
                : jit.getTotalCompilationTime() * 1_000_000L;
    }

    /** Fills {@code out} with the clock ticks of each live compiler thread by id; false when unreadable. */
    private static boolean readTicks(Map<String, Long> out) {
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = JvmThreadCpu.name(stat);
                    if (name != null && JvmThreadCpu.COMPILER.equals(JvmThreadCpu.kind(name))) {
                        out.put(task.getFileName().toString(), JvmThreadCpu.ticks(stat));
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read: it no longer counts
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
