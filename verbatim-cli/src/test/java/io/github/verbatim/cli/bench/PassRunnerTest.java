package io.github.verbatim.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.cli.Progress;
import io.github.verbatim.model.Article;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** A pass processes every article exactly once at any thread count, honours the limit and survives failures. */
class PassRunnerTest {

    /** Articles made up on the fly, never held as a list: like a file, every read starts again. */
    private record Generated(int count, long seed) implements ArticleSource {
        @Override
        public long read(Predicate<Article> sink, LongConsumer consumed) {
            Random random = new Random(seed);
            for (int i = 0; i < count; i++) {
                String text = "word ".repeat(1 + random.nextInt(400)) + "é€";
                consumed.accept(text.length());
                if (!sink.test(Article.of("a" + i, text))) {
                    break;
                }
            }
            return 3;
        }
    }

    /** Returns each article's text length; records which articles it saw; throws on the configured id. */
    private static class Recording implements Workload {
        final ConcurrentHashMap<String, Integer> seen = new ConcurrentHashMap<>();
        final String failOn;

        Recording(String failOn) {
            this.failOn = failOn;
        }

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
                seen.merge(item.article().id(), 1, Integer::sum);
                if (item.article().id().equals(failOn)) {
                    throw new IllegalStateException("boom");
                }
                return item.article().text().length();
            };
        }
    }

    private static Progress silent() {
        return new Progress(new PrintWriter(new StringWriter()), false, -1, 0, System::nanoTime);
    }

    @Test
    void everyArticleOnceAtAnyThreadCountWithTheSameChecksum() {
        Generated source = new Generated(700, 42);
        PassRunner runner = new PassRunner();
        List<PassResult> results = new ArrayList<>();
        for (int threads : new int[] {1, 2, 3}) {
            Recording work = new Recording(null);
            PassResult r = runner.run(source, work, threads, Long.MAX_VALUE, silent());
            assertEquals(700, work.seen.size());
            assertTrue(work.seen.values().stream().allMatch(v -> v == 1), "an article was processed twice");
            assertEquals(threads, r.threads());
            assertEquals(3, r.skipped());
            assertEquals(0, r.failures());
            assertNull(r.firstFailure());
            assertEquals(700, r.curve().articles());
            results.add(r);
        }
        long expectedBytes = 0;
        long expectedChecksum = 0;
        Random random = new Random(42);
        for (int i = 0; i < 700; i++) {
            String text = "word ".repeat(1 + random.nextInt(400)) + "é€";
            expectedBytes += text.length() + 3; // é is 2 bytes, € 3: one and two more than their chars
            expectedChecksum += text.length();
        }
        for (PassResult r : results) {
            assertEquals(700, r.articles());
            assertEquals(expectedBytes, r.textBytes());
            assertEquals(expectedChecksum, r.checksum());
            assertTrue(r.workerCpuNanos() >= 0 && r.wallNanos() > 0);
        }
    }

    @Test
    void theLimitStopsReading() {
        Recording work = new Recording(null);
        PassResult r = new PassRunner().run(new Generated(500, 1), work, 2, 120, silent());
        assertEquals(120, r.articles());
        assertEquals(120, work.seen.size());
        assertTrue(work.seen.keySet().stream().allMatch(id -> Integer.parseInt(id.substring(1)) < 120));
    }

    @Test
    void aFailingArticleIsCountedAndThePassGoesOn() {
        Recording work = new Recording("a7");
        PassResult r = new PassRunner().run(new Generated(50, 3), work, 2, Long.MAX_VALUE, silent());
        assertEquals(50, r.articles());
        assertEquals(1, r.failures());
        assertTrue(r.firstFailure().startsWith("a7: java.lang.IllegalStateException: boom"), r.firstFailure());
    }

    @Test
    void baselineItemsCarryTheirBytesAndCountWords() {
        BaselineWorkload baseline = new BaselineWorkload();
        PassResult r = new PassRunner().run((sink, consumed) -> {
            sink.test(Article.of("x", "Größe 42, naïve café — déjà vu."));
            return 0;
        }, baseline, 1, Long.MAX_VALUE, silent());
        assertEquals(6, r.checksum()); // Größe, 42, naïve, café, déjà, vu
        assertEquals("Größe 42, naïve café — déjà vu.".getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                r.textBytes());
    }

    @Test
    void batchesHoldOneLengthBucketAndEveryArticleOnceAtAnyBatchSize() {
        Generated source = new Generated(700, 42);
        long checksum = -1;
        for (int batch : new int[] {1, 7, 64}) {
            List<Integer> buckets = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Integer> sizes = java.util.Collections.synchronizedList(new ArrayList<>());
            Recording work = new Recording(null) {
                @Override
                public Task newTask() {
                    Task one = super.newTask();
                    return new Task() {
                        @Override
                        public long run(BenchItem item) {
                            return one.run(item);
                        }

                        @Override
                        public long runAll(List<BenchItem> items) {
                            CostCurve c = new CostCurve();
                            java.util.Set<Integer> distinct = new java.util.HashSet<>();
                            items.forEach(i -> distinct.add(c.bucketOf(i.utf8Bytes())));
                            buckets.add(distinct.size());
                            sizes.add(items.size());
                            return Task.super.runAll(items);
                        }
                    };
                }
            };
            PassResult r = new PassRunner(batch).run(source, work, 2, Long.MAX_VALUE, silent());
            assertEquals(700, r.articles());
            assertEquals(700, work.seen.size());
            assertTrue(work.seen.values().stream().allMatch(v -> v == 1), "an article was processed twice");
            assertTrue(buckets.stream().allMatch(b -> b == 1), "a batch mixed length buckets");
            assertTrue(sizes.stream().allMatch(s -> s >= 1 && s <= batch), "batch sizes " + sizes);
            assertEquals(700, r.curve().articles());
            if (checksum >= 0) {
                assertEquals(checksum, r.checksum(), "batch " + batch);
            }
            checksum = r.checksum();
        }
        assertThrows(IllegalArgumentException.class, () -> new PassRunner(0));
    }

    @Test
    void aFailingArticleInABatchIsCountedOnceAndItsNeighboursStillCount() {
        Recording work = new Recording("a7");
        PassResult r = new PassRunner(16).run(new Generated(50, 3), work, 1, Long.MAX_VALUE, silent());
        assertEquals(50, r.articles());
        assertEquals(1, r.failures());
        long expected = 0;
        Random random = new Random(3);
        for (int i = 0; i < 50; i++) {
            String text = "word ".repeat(1 + random.nextInt(400)) + "é€";
            if (i != 7) {
                expected += text.length();
            }
        }
        assertEquals(expected, r.checksum(), "the batch of the failing article is re-run article by article");
    }
}
