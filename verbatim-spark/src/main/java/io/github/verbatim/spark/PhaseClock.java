package io.github.verbatim.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall-clock and CPU seconds of the job's phases, in the order they end. CPU is the process CPU time of the
 * driver's JVM (every thread: tasks, garbage collection, JIT); in {@code local[*]} mode the executors run in
 * that JVM, so it is the whole job's; on a cluster it is the driver's share only. Not thread-safe: the driver
 * thread alone marks phases.
 */
final class PhaseClock {

    private final long startNanos = System.nanoTime();
    private final long startCpu = processCpuNanos();
    private long lastNanos = startNanos;
    private long lastCpu = startCpu;
    private final Map<String, Double> wall = new LinkedHashMap<>();
    private final Map<String, Double> cpu = new LinkedHashMap<>();

    /** Ends the phase called {@code name}, which began when the previous one ended (or at construction). */
    void end(String name) {
        long now = System.nanoTime();
        long nowCpu = processCpuNanos();
        wall.put(name, (now - lastNanos) / 1e9);
        cpu.put(name, nowCpu < 0 ? Double.NaN : (nowCpu - lastCpu) / 1e9);
        lastNanos = now;
        lastCpu = nowCpu;
    }

    /** Wall-clock seconds since construction. */
    double totalSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Process CPU seconds since construction, NaN where the JVM does not report it. */
    double totalCpuSeconds() {
        long now = processCpuNanos();
        return now < 0 || startCpu < 0 ? Double.NaN : (now - startCpu) / 1e9;
    }

    Map<String, Double> wallSeconds() {
        return Collections.unmodifiableMap(wall);
    }

    Map<String, Double> cpuSeconds() {
        return Collections.unmodifiableMap(cpu);
    }

    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}
