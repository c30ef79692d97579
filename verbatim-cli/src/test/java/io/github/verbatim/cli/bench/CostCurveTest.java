package io.github.verbatim.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cost curve: bucketing, fits and verdicts by example, and its invariants over seeded random articles. */
class CostCurveTest {

    @Test
    void bucketsAreHalfOpenRangesOfTheBounds() {
        CostCurve c = new CostCurve(new long[] {500, 1000});
        assertEquals(0, c.bucketOf(0));
        assertEquals(0, c.bucketOf(499));
        assertEquals(1, c.bucketOf(500));
        assertEquals(1, c.bucketOf(999));
        assertEquals(2, c.bucketOf(1000));
        assertEquals(2, c.bucketOf(1_000_000));
        assertEquals("below 500 B", c.buckets().get(0).label());
        assertEquals("500 B–1 KB", c.buckets().get(1).label());
        assertEquals("1 KB and up", c.buckets().get(2).label());
        assertEquals("1.5 KB–2 KB", new CostCurve.Bucket(1500, 2000, 0, 0, 0).label());
    }

    @Test
    void rejectsBadBoundsAndValues() {
        assertThrows(IllegalArgumentException.class, () -> new CostCurve(new long[] {500, 500}));
        assertThrows(IllegalArgumentException.class, () -> new CostCurve(new long[] {0}));
        CostCurve c = new CostCurve();
        assertThrows(IllegalArgumentException.class, () -> c.add(-1, 5));
        assertThrows(IllegalArgumentException.class, () -> c.add(10, -5));
        assertThrows(IllegalArgumentException.class, () -> c.merge(new CostCurve(new long[] {7})));
    }

    @Test
    void perKbFiguresAreMicrosecondsPerThousandBytes() {
        CostCurve c = new CostCurve(new long[] {1000});
        c.add(400, 2_000_000); // 2 ms for 0.4 KB
        c.add(600, 1_000_000); // 1 ms for 0.6 KB
        CostCurve.Bucket b = c.buckets().get(0);
        assertEquals(2, b.articles());
        assertEquals(1500.0, b.microsPerArticle(), 1e-9);
        assertEquals(3000.0, b.microsPerKb(), 1e-9); // 3,000 µs over 1 KB
        assertTrue(Double.isNaN(c.buckets().get(1).microsPerKb()));
    }

    @Test
    void proportionalCostIsLinearAndAFixedCostIsSubLinear() {
        CostCurve proportional = new CostCurve();
        CostCurve fixed = new CostCurve();
        CostCurve quadratic = new CostCurve();
        for (long size = 100; size <= 40_000; size += 100) {
            proportional.add(size, size * 700);             // 700 ns per byte = 700 µs per KB
            fixed.add(size, 2_000_000 + size * 100);        // 2 ms an article + 100 µs per KB
            quadratic.add(size, size * size);
        }
        CostCurve.LinearFit p = proportional.linearFit();
        assertEquals(0.0, p.microsPerArticle(), 1e-6);
        assertEquals(700.0, p.microsPerKb(), 1e-9);
        assertEquals(1.0, p.rSquared(), 1e-12);
        assertEquals(1.0, proportional.exponent(), 1e-9);
        assertEquals("linear", CostCurve.verdict(proportional.exponent()));
        CostCurve.LinearFit f = fixed.linearFit();
        assertEquals(2000.0, f.microsPerArticle(), 1e-6);
        assertEquals(100.0, f.microsPerKb(), 1e-9);
        assertTrue(fixed.exponent() < 1 - CostCurve.LINEAR_TOLERANCE, "exponent " + fixed.exponent());
        assertTrue(CostCurve.verdict(fixed.exponent()).startsWith("sub-linear"));
        assertEquals(2.0, quadratic.exponent(), 1e-9);
        assertTrue(CostCurve.verdict(quadratic.exponent()).startsWith("super-linear"));
        assertTrue(CostCurve.verdict(new CostCurve().exponent()).startsWith("unknown"));
    }

    @Test
    void seededRandomArticlesKeepTheBucketInvariants() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            CostCurve whole = new CostCurve();
            CostCurve left = new CostCurve();
            CostCurve right = new CostCurve();
            long n = 1 + random.nextInt(3000);
            long bytes = 0;
            long nanos = 0;
            for (int i = 0; i < n; i++) {
                // log-uniform sizes from 1 byte to about 100 KB, as article lengths spread
                long size = (long) Math.exp(random.nextDouble() * Math.log(100_000));
                long cost = random.nextInt(5_000_000);
                bytes += size;
                nanos += cost;
                whole.add(size, cost);
                (random.nextBoolean() ? left : right).add(size, cost);
                CostCurve.Bucket b = whole.buckets().get(whole.bucketOf(size));
                assertTrue(size >= b.lower() && (b.upper() < 0 || size < b.upper()),
                        "seed " + seed + ": size " + size + " outside its bucket " + b.label());
            }
            left.merge(right);
            assertEquals(whole.buckets(), left.buckets(), "seed " + seed + ": merging changed the buckets");
            assertEquals(whole.exponent(), left.exponent(), 1e-6, "seed " + seed);
            List<CostCurve.Bucket> buckets = whole.buckets();
            assertEquals(n, buckets.stream().mapToLong(CostCurve.Bucket::articles).sum(), "seed " + seed);
            assertEquals(bytes, buckets.stream().mapToLong(CostCurve.Bucket::bytes).sum(), "seed " + seed);
            assertEquals(nanos, buckets.stream().mapToLong(CostCurve.Bucket::nanos).sum(), "seed " + seed);
            for (int i = 1; i < buckets.size(); i++) {
                assertEquals(buckets.get(i - 1).upper(), buckets.get(i).lower(), "seed " + seed + ": gap");
            }
            List<CostCurve.Bucket> thirds = whole.terciles();
            assertEquals(3, thirds.size());
            assertEquals(n, thirds.stream().mapToLong(CostCurve.Bucket::articles).sum(), "seed " + seed);
            assertEquals(bytes, thirds.stream().mapToLong(CostCurve.Bucket::bytes).sum(), "seed " + seed);
            assertEquals(0, thirds.get(0).lower(), "seed " + seed);
        }
    }

    @Test
    void aBatchCountsAsItsArticlesAtTheirMeanSizeAndCost() {
        CostCurve batched = new CostCurve();
        CostCurve single = new CostCurve();
        Random random = new Random(5L);
        for (int b = 0; b < 200; b++) {
            long size = 1 + random.nextInt(20_000);
            int articles = 1 + random.nextInt(64);
            long perArticle = 30_000 + size * 280;         // 30 µs an article + 280 µs per KB
            batched.addBatch(articles, size * articles, perArticle * articles);
            for (int i = 0; i < articles; i++) {
                single.add(size, perArticle);
            }
        }
        assertEquals(single.buckets(), batched.buckets());
        assertEquals(single.articles(), batched.articles());
        assertEquals(single.linearFit().microsPerArticle(), batched.linearFit().microsPerArticle(), 1e-6);
        assertEquals(280.0, batched.linearFit().microsPerKb(), 1e-6);
        assertEquals(single.exponent(), batched.exponent(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> batched.addBatch(0, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> batched.addBatch(2, -1, 10));
        assertThrows(IllegalArgumentException.class, () -> batched.addBatch(2, 10, -1));
    }
}
