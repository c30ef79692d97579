package io.github.verbatim.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading thread CPU by kind from /proc stat lines. */
class JvmThreadCpuTest {

    private static final String C2 = "4242 (C2 CompilerThre) S 4200 4200 1 0 -1 1077936192 100 0 0 0 731 45 0 0 20"
            + " 0 30 0 1000 0 0";

    @Test
    void parsesNameAndTicksEvenWithSpacesAndParenthesesInTheName() {
        assertEquals("C2 CompilerThre", JvmThreadCpu.name(C2));
        assertEquals(776, JvmThreadCpu.ticks(C2));
        String odd = "7 (a (b) c) R 1 1 1 0 -1 0 0 0 0 0 5 6 0 0 20 0 1 0 9 0 0";
        assertEquals("a (b) c", JvmThreadCpu.name(odd));
        assertEquals(11, JvmThreadCpu.ticks(odd));
    }

    @Test
    void kindsByName() {
        assertEquals(JvmThreadCpu.COMPILER, JvmThreadCpu.kind("C2 CompilerThre"));
        assertEquals(JvmThreadCpu.COMPILER, JvmThreadCpu.kind("C1 CompilerThre"));
        assertEquals(JvmThreadCpu.GC, JvmThreadCpu.kind("GC Thread#1"));
        assertEquals(JvmThreadCpu.GC, JvmThreadCpu.kind("G1 Conc#0"));
        assertEquals(JvmThreadCpu.OTHER, JvmThreadCpu.kind("VM Thread"));
        assertEquals(JvmThreadCpu.OTHER, JvmThreadCpu.kind("main"));
    }

    @Test
    void differencesNeverGoNegative() {
        Map<String, Long> d = JvmThreadCpu.difference(Map.of("GC", 50L, "other", 10L), Map.of("GC", 80L, "other", 5L,
                "JIT compiler", 7L));
        assertEquals(Map.of("GC", 30L, "other", 0L, "JIT compiler", 7L), d);
    }

    @Test
    void snapshotsThisProcessOnLinux() {
        Map<String, Long> now = JvmThreadCpu.snapshot("no-such-prefix");
        assertEquals(Files.isDirectory(Path.of("/proc/self/task")), !now.isEmpty());
        now.values().forEach(v -> assertTrue(v >= 0));
    }
}
