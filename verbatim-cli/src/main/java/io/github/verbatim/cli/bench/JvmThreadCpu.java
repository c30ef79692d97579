package io.github.verbatim.cli.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of this process's threads by kind, read from {@code /proc/self/task/<tid>/stat} (Linux; empty
 * elsewhere): JIT compiler threads, garbage collector threads, and the rest. It shows where process CPU goes
 * beyond the measuring threads, which {@code ThreadMXBean} cannot see (GC threads are not Java threads).
 * Threads that have ended are gone from {@code /proc}, so take the difference of two snapshots of long-lived
 * threads. Times assume the kernel's usual 100 clock ticks per second. Stateless.
 */
public final class JvmThreadCpu {

    /** Kind of thread: JIT compilers. */
    public static final String COMPILER = "JIT compiler";
    /** Kind of thread: garbage collection. */
    public static final String GC = "GC";
    /** Kind of thread: everything else (VM thread, main, service threads). */
    public static final String OTHER = "other";

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final long NANOS_PER_TICK = 10_000_000L;

    private JvmThreadCpu() {
    }

    /** CPU nanoseconds so far of the live threads of each kind whose name does not start with {@code exclude}. */
    public static Map<String, Long> snapshot(String exclude) {
        Map<String, Long> out = new TreeMap<>();
        if (!Files.isDirectory(TASKS)) {
            return out;
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = name(stat);
                    if (name != null && !name.startsWith(exclude)) {
                        out.merge(kind(name), ticks(stat) * NANOS_PER_TICK, Long::sum);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read: it no longer counts
                }
            }
        } catch (IOException e) {
            return new TreeMap<>();
        }
        return out;
    }

    /** {@code after - before} per kind (kinds missing from {@code before} count from zero; never negative). */
    public static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> out = new TreeMap<>();
        after.forEach((k, v) -> out.put(k, Math.max(0, v - before.getOrDefault(k, 0L))));
        return out;
    }

    /** The kind of a thread by its kernel name ({@code comm}, at most 15 characters). */
    static String kind(String name) {
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") || name.contains("JVMCI")) {
            return COMPILER;
        }
        if (name.startsWith("GC ") || name.startsWith("G1 ") || name.startsWith("ZGC") || name.startsWith("Shenandoah")
                || name.startsWith("Parallel GC")) {
            return GC;
        }
        return OTHER;
    }

    /** The thread name of a {@code stat} line: between the first '(' and the last ')'; null if malformed. */
    static String name(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        return open < 0 || close < open ? null : stat.substring(open + 1, close);
    }

    /** User plus system clock ticks of a {@code stat} line (fields 14 and 15). */
    static long ticks(String stat) {
        String[] rest = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // rest[0] is field 3 (state), so field 14 (utime) is rest[11] and field 15 (stime) rest[12]
        return Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
    }
}
