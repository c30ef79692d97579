package io.github.verbatim.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.cli.Progress;
import io.github.verbatim.model.Article;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A warm-up stops when a (simulated) compilation clock goes quiet, not before its minimum CPU, and at its caps
 * otherwise; it cycles over the timed articles only. The gate is driven directly with made-up CPU times, so
 * nothing here depends on how fast the machine is.
 */
class WarmUpTest {

    private static final long MS = 1_000_000L;

    /** {@code n} articles "a0".."a(n-1)", read afresh on every call. */
    private record Numbered(int n) implements ArticleSource {
        @Override
        public long read(Predicate<Article> sink, LongConsumer consumed) {
            for (int i = 0; i < n; i++) {
                if (!sink.test(Article.of("a" + i, "text " + i))) {
                    break;
                }
            }
            return 1;
        }
    }

    /**
     * Feeds the gate windows of 10 articles, each costing 1 ms of CPU; before window {@code w} is closed the
     * clock advances by {@code compileMs[w]} (the last value repeats). Returns the articles admitted.
     */
    private static long drive(WarmUp gate, AtomicLong clock, long... compileMs) {
        long admitted = 0;
        for (int w = 0; w < 10_000; w++) {
            for (int i = 0; i < 10; i++) {
                if (!gate.admit()) {
                    return admitted;
                }
                admitted++;
                gate.done(MS);
            }
            clock.addAndGet(compileMs[Math.min(w, compileMs.length - 1)] * MS);
        }
        return admitted;
    }

    private static WarmUp.Settings rule(long minCpuMs, long maxCpuMs, int maxWindows) {
        return new WarmUp.Settings(10, minCpuMs * MS, maxCpuMs * MS, maxWindows, 0.02, 2);
    }

    @Test
    void stopsAfterTwoQuietWindowsOnceTheMinimumCpuIsSpent() {
        AtomicLong clock = new AtomicLong(500 * MS);
        WarmUp gate = new WarmUp(rule(0, 1_000, 100), clock::get);
        // windows of 10 ms CPU: 5 ms compiling (50%), 3, 1 (10%), then 0.1 ms would be quiet: use 0
        long admitted = drive(gate, clock, 5, 3, 1, 0);
        // windows 4 and 5 are quiet; the gate refuses the first article of window 6
        assertEquals(50, admitted);
    }

    @Test
    void aNoisyWindowResetsTheQuietRun() {
        AtomicLong clock = new AtomicLong(0);
        WarmUp gate = new WarmUp(rule(0, 1_000, 100), clock::get);
        long admitted = drive(gate, clock, 0, 1, 0, 0);  // quiet, noisy (10%), quiet, quiet
        assertEquals(40, admitted);
    }

    @Test
    void neverStopsBeforeTheMinimumCpu() {
        AtomicLong clock = new AtomicLong(0);
        WarmUp gate = new WarmUp(rule(75, 1_000, 100), clock::get);
        long admitted = drive(gate, clock, 0);             // quiet from the start
        assertEquals(80, admitted);                         // 75 ms reached when window 8 closes
    }

    @Test
    void stopsAtTheCpuCapWhileStillCompiling() {
        AtomicLong clock = new AtomicLong(0);
        WarmUp gate = new WarmUp(rule(0, 60, 100), clock::get);
        assertEquals(60, drive(gate, clock, 1));
    }

    @Test
    void stopsAtTheWindowCapWhileStillCompiling() {
        AtomicLong clock = new AtomicLong(0);
        WarmUp gate = new WarmUp(rule(0, 1_000, 7), clock::get);
        assertEquals(70, drive(gate, clock, 1));
    }

    @Test
    void withoutACompilationClockItRunsTheMinimumCpu() {
        WarmUp gate = new WarmUp(rule(30, 1_000, 100), () -> -1);
        assertEquals(30, drive(gate, new AtomicLong(), 0));
    }

    @Test
    void aRealRunCyclesOverTheTimedArticlesOnly() {
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        Workload recording = new Workload() {
            @Override
            public String name() {
                return "recording";
            }

            @Override
            public boolean needsBytes() {
                return false;
            }

            @Override
            public Task newTask() {
                return item -> {
                    seen.add(item.article().id());
                    return 1;
                };
            }
        };
        AtomicLong clock = new AtomicLong(0);
        Progress silent = new Progress(new PrintWriter(new StringWriter()), false, -1, 0, System::nanoTime);
        // the clock never moves but the minimum CPU is out of reach: the window cap ends it
        WarmUp.Result r = WarmUp.run(new PassRunner(), new Numbered(50), recording, 2, 7,
                new WarmUp.Settings(5, Long.MAX_VALUE / 2, Long.MAX_VALUE / 2, 9, 0.02, 2), silent, clock::get);
        assertEquals(WarmUp.Outcome.WINDOW_CAP, r.outcome());
        assertEquals(45, r.articles());
        assertEquals(45, seen.size());
        assertTrue(seen.stream().allMatch(id -> Integer.parseInt(id.substring(1)) < 7), seen.toString());
        assertEquals(9, r.windows().size());
        assertEquals("recording", r.workload());
        assertEquals(2, r.threads());
    }

    @Test
    void anEmptySourceEndsTheWarmUp() {
        Progress silent = new Progress(new PrintWriter(new StringWriter()), false, -1, 0, System::nanoTime);
        WarmUp.Result r = WarmUp.run(new PassRunner(), new Numbered(0), new BaselineWorkload(), 1, Long.MAX_VALUE,
                rule(0, 1_000, 100), silent, () -> 0);
        assertEquals(WarmUp.Outcome.NO_ARTICLES, r.outcome());
        assertEquals(0, r.articles());
    }

    @Test
    void cyclingRepeatsTheFirstArticlesInOrder() {
        List<String> ids = new ArrayList<>();
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            int n = 1 + random.nextInt(30);
            int limit = 1 + random.nextInt(40);
            int want = random.nextInt(200);
            ids.clear();
            long skipped = new CyclingSource(new Numbered(n), limit).read(a -> {
                if (ids.size() >= want) {
                    return false;
                }
                ids.add(a.id());
                return true;
            }, bytes -> { });
            int period = Math.min(n, limit);
            assertEquals(want, ids.size());
            for (int i = 0; i < ids.size(); i++) {
                assertEquals("a" + (i % period), ids.get(i));
            }
            assertTrue(skipped >= 1, "the skips of every cycle add up");
        }
        assertThrows(IllegalArgumentException.class, () -> new CyclingSource(new Numbered(3), 0));
    }
}
