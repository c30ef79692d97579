package io.github.verbatim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The benchmark thread's CPU time per operation, next to JMH's wall-clock score: on a machine shared with
 * other work, wall time measures the load as much as the code, CPU time far less. JMH reports both counters
 * summed per iteration ({@code cpuNanos}, {@code ops}); CPU time per operation is their quotient. Read around
 * each invocation, outside the timed region. Per thread, as JMH requires of counters.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU nanoseconds spent in the operations of this iteration. */
    public long cpuNanos;
    /** Operations in this iteration. */
    public long ops;

    private long start;

    @Setup(Level.Iteration)
    public void clear() {
        cpuNanos = 0;
        ops = 0;
    }

    @Setup(Level.Invocation)
    public void begin() {
        start = THREADS.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Invocation)
    public void end() {
        cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
        ops++;
    }
}
