package io.github.verbatim.cli.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where the figures were measured, so that a reader can judge them.
 *
 * @param java        JVM name and version
 * @param collectors  garbage collector names
 * @param maxHeap     the heap limit ({@code -Xmx}), bytes
 * @param processors  processors available to the JVM
 * @param loadStart   system load average (1 minute) when the run started; negative when unknown
 */
public record BenchEnvironment(String java, List<String> collectors, long maxHeap, int processors, double loadStart) {

    public BenchEnvironment {
        Objects.requireNonNull(java, "java");
        collectors = List.copyOf(collectors);
    }

    /** This JVM, now. */
    public static BenchEnvironment current() {
        List<String> gcs = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs.add(gc.getName());
        }
        return new BenchEnvironment(System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                gcs, Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
