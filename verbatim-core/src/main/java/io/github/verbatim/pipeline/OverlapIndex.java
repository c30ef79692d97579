package io.github.verbatim.pipeline;

import io.github.verbatim.extract.CharRange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Char ranges, each with an owner number, indexed so that "which ranges overlap this one" costs time in
 * proportion to the ranges near it rather than to all of them. A range is filed under every fixed-width bucket
 * of text it covers (an empty range under the bucket of its position); two ranges that overlap in the sense of
 * {@link CharRange#overlaps} always share a bucket, and every answer is confirmed with that exact test, so the
 * answers equal those of a scan over all ranges. Mutable and not thread-safe: one instance serves one call.
 */
final class OverlapIndex {

    private static final int BUCKET_BITS = 10;

    private final Map<Integer, List<Filed>> buckets = new HashMap<>();

    private record Filed(CharRange range, int owner) {
    }

    /** Files {@code range} under {@code owner}. */
    void add(CharRange range, int owner) {
        Filed filed = new Filed(range, owner);
        for (int b = firstBucket(range); b <= lastBucket(range); b++) {
            buckets.computeIfAbsent(b, k -> new ArrayList<>(4)).add(filed);
        }
    }

    /** True when some filed range overlaps {@code range}. */
    boolean overlapsAny(CharRange range) {
        for (int b = firstBucket(range); b <= lastBucket(range); b++) {
            List<Filed> list = buckets.get(b);
            if (list == null) {
                continue;
            }
            for (Filed f : list) {
                if (f.range().overlaps(range)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The least owner of a filed range overlapping {@code range}, or {@link Integer#MAX_VALUE} when none does. */
    int firstOwnerOverlapping(CharRange range) {
        int best = Integer.MAX_VALUE;
        for (int b = firstBucket(range); b <= lastBucket(range); b++) {
            List<Filed> list = buckets.get(b);
            if (list == null) {
                continue;
            }
            for (Filed f : list) {
                if (f.owner() < best && f.range().overlaps(range)) {
                    best = f.owner();
                }
            }
        }
        return best;
    }

    private static int firstBucket(CharRange r) {
        return r.start() >>> BUCKET_BITS;
    }

    private static int lastBucket(CharRange r) {
        return Math.max(r.start(), r.end() - 1) >>> BUCKET_BITS;
    }
}
