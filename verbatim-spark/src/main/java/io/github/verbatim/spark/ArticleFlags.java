package io.github.verbatim.spark;

import io.github.verbatim.ingest.dedup.NearDuplicateDetector;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two input-order decisions of a run, made once on the driver from every article's
 * {@link ArticleFingerprint} and broadcast to the executors before extraction:
 * <ul>
 *   <li>near-duplicates: the ingest package's {@link NearDuplicateDetector} fed in input order, exactly as
 *       {@code verbatim extract} feeds it, so each duplicate names the first copy seen;</li>
 *   <li>stored articles: the first article of each article key in input order (the store, too, keeps the first
 *       it is given); only these feed {@code results/} and the aggregation.</li>
 * </ul>
 * Compact: a sorted array of stored orders and a map of the (few) duplicates. Immutable.
 */
final class ArticleFlags implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, String> duplicates;
    private final long[] storedOrders;

    private ArticleFlags(Map<Long, String> duplicates, long[] storedOrders) {
        this.duplicates = duplicates;
        this.storedOrders = storedOrders;
    }

    /** The decisions for {@code fingerprints}, given in any order. */
    static ArticleFlags decide(List<ArticleFingerprint> fingerprints) {
        List<ArticleFingerprint> sorted = new ArrayList<>(fingerprints);
        sorted.sort(Comparator.comparingLong(ArticleFingerprint::order));
        NearDuplicateDetector detector = new NearDuplicateDetector();
        Map<Long, String> duplicates = new HashMap<>();
        Set<String> keys = new HashSet<>();
        long[] stored = new long[sorted.size()];
        int n = 0;
        for (ArticleFingerprint f : sorted) {
            detector.check(f.id(), f.signature()).ifPresent(first -> duplicates.put(f.order(), first));
            if (keys.add(f.articleKey())) {
                stored[n++] = f.order();
            }
        }
        return new ArticleFlags(duplicates, Arrays.copyOf(stored, n));
    }

    /** The id of the earlier article the article at {@code order} nearly duplicates, or null. */
    String duplicateOf(long order) {
        return duplicates.get(order);
    }

    /** Whether the article at {@code order} is the first of its article key. */
    boolean isStored(long order) {
        return Arrays.binarySearch(storedOrders, order) >= 0;
    }

    int duplicateCount() {
        return duplicates.size();
    }

    int storedCount() {
        return storedOrders.length;
    }
}
