package io.github.verbatim.cli.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The JIT clock starts at zero and never runs backwards, whatever compiler threads come and go. */
class JitClockTest {

    @Test
    void startsNearZeroAndNeverDecreases() {
        JitClock clock = new JitClock();
        long last = clock.advance();
        assertTrue(last >= 0 && last < 5_000_000_000L, "a fresh clock reads " + last);
        long sink = 0;
        for (int round = 0; round < 20; round++) {
            // fresh lambdas and loops give the compilers something to do
            for (int i = 0; i < 20_000; i++) {
                sink += Integer.toString(i * round).hashCode();
            }
            long now = clock.advance();
            assertTrue(now >= last, "the clock went back from " + last + " to " + now);
            last = now;
        }
        assertTrue(sink != 1);
    }
}
