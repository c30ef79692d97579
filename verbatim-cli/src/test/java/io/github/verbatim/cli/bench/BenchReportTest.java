package io.github.verbatim.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The report's arithmetic and formatting, on made-up passes with round figures. */
class BenchReportTest {

    private static final BenchEnvironment ENV = new BenchEnvironment("TestVM 17", List.of("G1"), 2L << 30, 2, 1.5);

    /** 10 MB in 10,000 articles; 4 s of worker CPU; wall given; 2 KB allocated per article; JIT 0.5% of worker CPU. */
    private static PassResult pass(String name, int threads, double wallSeconds, double cpuSeconds, long checksum) {
        return pass(name, threads, wallSeconds, cpuSeconds, checksum, (long) (cpuSeconds * 5e6));
    }

    private static PassResult pass(String name, int threads, double wallSeconds, double cpuSeconds, long checksum,
            long jitNanos) {
        CostCurve curve = new CostCurve();
        for (int i = 0; i < 10_000; i++) {
            curve.add(1000, (long) (cpuSeconds * 1e9 / 10_000));
        }
        return new PassResult(name, threads, 10_000, 10_000_000, 0, (long) (wallSeconds * 1e9),
                (long) (cpuSeconds * 1e9), 500_000_000, (long) (cpuSeconds * 1.2e9), 300, jitNanos, 20_000_000L, checksum, 0,
                null, curve, java.util.Map.of("GC", 200_000_000L, "JIT compiler", (long) (cpuSeconds * 1e8)));
    }

    private static final WarmUp.Settings RULE = new WarmUp.Settings(1000, 3_000_000_000L, 120_000_000_000L, 100,
            0.02, 2);
    private static final WarmUp.Result SETTLED = new WarmUp.Result("extraction", 2, 7000, 12_300_000_000L, 4_100_000_000L,
            List.of(new WarmUp.Window(1000, 1_000_000_000L, 300_000_000L), new WarmUp.Window(1000, 2_000_000_000L, 10_000_000L),
                    new WarmUp.Window(1000, 2_000_000_000L, 4_000_000L)), WarmUp.Outcome.SETTLED, RULE);
    private static final WarmUp.Result CAPPED = new WarmUp.Result("baseline", 1, 100_000, 2_000_000_000L, 900_000_000L,
            List.of(new WarmUp.Window(1000, 20_000_000L, 3_000_000L)), WarmUp.Outcome.WINDOW_CAP, RULE);

    private static BenchReport report(long checksum2, double wall2) {
        PassResult baseline = pass("baseline", 1, 0.2, 0.1, 9);
        return new BenchReport("news.jsonl", ENV, List.of(SETTLED, CAPPED), baseline,
                List.of(pass("extraction", 1, 4.0, 4.0, 77), pass("extraction", 2, wall2, 4.4, checksum2)),
                OptionalLong.of(600L << 20), 30L << 20, 2.5);
    }

    @Test
    void arithmetic() {
        BenchReport r = report(77, 2.5);
        PassResult one = r.reference();
        PassResult two = r.extraction().get(1);
        assertEquals(2.5, one.mbPerSecondPerCore(), 1e-12);        // 10 MB / 4 s
        assertEquals(2.5, one.mbPerSecondWall(), 1e-12);
        assertEquals(2500, one.articlesPerSecondPerCore(), 1e-9);
        assertEquals(2000.0, one.allocationPerArticle(), 1e-12);    // 20 MB / 10,000
        assertEquals(1.0, one.coresUsed(), 1e-12);
        assertEquals(4.0 / 2.5, r.speedup(two), 1e-12);              // 1.6x wall
        assertEquals(4.0 / 4.4, r.cpuEfficiency(two), 1e-12);
        assertEquals(2.5 / 100.0, r.baselineRatio(), 1e-12);         // baseline 10 MB / 0.1 s
        assertTrue(r.outputsIdentical());
        assertFalse(report(78, 2.5).outputsIdentical());
        assertEquals(0, r.failures());
        assertFalse(BenchReport.starved(one));
        assertTrue(BenchReport.starved(two));                        // 4.4 s CPU in 2.5 s wall: 1.76 < 1.8 cores
    }

    @Test
    void textNamesTheFiguresAndTheTargets() {
        String text = report(77, 2.5).text();
        assertTrue(text.contains("corpus: 10,000 articles, 10.0 MB of UTF-8 text"), text);
        assertTrue(text.contains("      1      4.0       2.50       2500      4.0        2.50        2500    1.00"
                + "       4.8     0.3      2.0 KB"), text);
        assertTrue(text.contains("2 threads vs 1: wall speed-up 1.60x; per-core efficiency 0.91, so 1.82x on 2"
                + " idle cores"), text);
        assertTrue(text.contains("output identical at every thread count: yes"), text);
        assertTrue(text.contains("JVM threads' CPU during the 1-thread pass, besides the workers: GC 0.2 s, JIT compiler"
                + " 0.4 s"), text);
        assertTrue(text.contains("extraction / baseline, per core, 1 thread: 0.0250 (cost 40x a bare pass)"), text);
        assertTrue(text.contains("1 KB–2 KB         10,000    10.00          400        400"), text);
        assertTrue(text.contains("cost ∝ length^NaN: unknown (fewer than two article lengths)"), text);
        assertTrue(text.contains(">= 5.0 MB/s per core, 1 thread: 2.50  NOT met"), text);
        assertTrue(text.contains(">= 1.8x on 2 threads: 1.60x wall (1.82x from CPU efficiency)  NOT met  (unreliable:"
                + " the passes got 1.00 and 1.76 cores"), text);
        assertTrue(text.contains(">= 0.05 of the baseline: 0.0250  NOT met"), text);
        assertTrue(text.contains("peak RSS (VmHWM): 600 MB; heap in use after a full GC at the end: 30 MB"), text);
        assertTrue(report(78, 2.5).text().contains("NO (checksums differ)"));
        assertTrue(text.contains("warm-up, extraction on 2 threads: 7,000 articles (the timed ones, cycled), 12.3 s"
                + " of worker CPU, JIT compiler 4.1 s; settled: JIT under 2% of worker CPU in 2 windows of"
                + " 1,000 articles in a row (last 0.2%)"), text);
        assertTrue(text.contains("warm-up, baseline on 1 thread: 100,000 articles (the timed ones, cycled), 2.0 s of"
                + " worker CPU, JIT compiler 0.9 s; NOT settled: stopped at the cap of 100 windows of 1,000 articles"
                + " with the JIT at 15.0% of worker CPU in the last window"), text);
        assertTrue(text.contains("JIT compiler during the 1-thread pass: 0.0 s, 0.5% of worker CPU\n"), text);
    }

    @Test
    void aPassDuringWhichTheJitStillCompiledIsFlagged() {
        PassResult baseline = pass("baseline", 1, 0.2, 0.1, 9);
        BenchReport r = new BenchReport("news.jsonl", ENV, List.of(), baseline,
                List.of(pass("extraction", 1, 30, 30, 5, 10_400_000_000L), pass("extraction", 2, 20, 30, 5, 500_000_000L)),
                OptionalLong.empty(), 0, -1);
        String text = r.text();
        assertTrue(text.contains("JIT compiler during the 1-thread pass: 10.4 s, 34.7% of worker CPU  (over 2%:"
                + " still warming up"), text);
        assertTrue(text.contains("JIT compiler during the 2-thread pass: 0.5 s, 1.7% of worker CPU\n"), text);
        assertTrue(text.contains("warm-up: none (--warmup 0)"), text);
        assertEquals(10.4, r.json().get("extraction").get(0).get("jitSeconds").asDouble(), 1e-12);
    }

    @Test
    void unavailableRssIsSaidSo() {
        PassResult p = pass("extraction", 1, 4.0, 4.0, 1);
        BenchReport r = new BenchReport("x", ENV, List.of(), p, List.of(p), OptionalLong.empty(), 0, -1);
        assertTrue(r.text().contains("peak RSS (VmHWM): unavailable"), r.text());
        assertTrue(r.json().get("peakRssBytes").isNull());
    }

    @Test
    void jsonCarriesTheSameFigures() {
        ObjectNode j = report(77, 2.0).json();
        assertEquals(0.025, j.get("baselineRatio").asDouble(), 1e-12);
        assertEquals(2.0, j.get("extraction").get(1).get("wallSpeedup").asDouble(), 1e-12);
        assertEquals(2.5, j.get("extraction").get(0).get("mbPerSecondPerCore").asDouble(), 1e-12);
        assertEquals(2000.0, j.get("extraction").get(0).get("allocatedBytesPerArticle").asDouble(), 1e-12);
        assertEquals(600L << 20, j.get("peakRssBytes").asLong());
        assertEquals(10_000, j.get("extraction").get(0).get("costCurve").get(2).get("articles").asLong());
        assertTrue(j.get("outputsIdentical").asBoolean());
        assertEquals(0.2, j.get("extraction").get(0).get("jvmThreadCpuSeconds").get("GC").asDouble(), 1e-12);
        assertEquals("SETTLED", j.get("warmUps").get(0).get("outcome").asText());
        assertEquals(3, j.get("warmUps").get(0).get("windowJitShares").size());
        assertEquals(0.002, j.get("warmUps").get(0).get("windowJitShares").get(2).asDouble(), 1e-12);
    }

    @Test
    void byteCountsForPeople() {
        assertEquals("512 B", BenchReport.bytes(512));
        assertEquals("353.8 KB", BenchReport.bytes(353_800));
        assertEquals("1.25 MB", BenchReport.bytes(1_250_000));
        assertEquals("n/a", BenchReport.bytes(Double.NaN));
    }

    @Test
    void aWarmUpWindowInWhichNoBatchFinishedSaysSoInsteadOfNaN() {
        WarmUp.Result r = new WarmUp.Result("extraction", 1, 500, 100_000_000L, 50_000_000L,
                List.of(new WarmUp.Window(5, 100_000_000L, 50_000_000L), new WarmUp.Window(5, 0, 0)),
                WarmUp.Outcome.WINDOW_CAP, RULE);
        String line = BenchReport.warmUpLine(r);
        assertTrue(line.contains("an unknown share (no batch finished in that window)"), line);
        assertTrue(!line.contains("NaN"), line);
    }
}
