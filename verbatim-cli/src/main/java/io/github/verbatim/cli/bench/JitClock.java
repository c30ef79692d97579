package io.github.verbatim.cli.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * The JVM's running total of JIT compilation time ({@link CompilationMXBean#getTotalCompilationTime()}, summed
 * over the compiler threads, in milliseconds). While it still grows, code is being compiled and the timed
 * threads run code that is not yet final. Stateless.
 */
public final class JitClock {

    private JitClock() {
    }

    /** Compilation milliseconds since the JVM started, or -1 when this JVM does not report them. */
    public static long compileMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit == null || !jit.isCompilationTimeMonitoringSupported() ? -1 : jit.getTotalCompilationTime();
    }
}
