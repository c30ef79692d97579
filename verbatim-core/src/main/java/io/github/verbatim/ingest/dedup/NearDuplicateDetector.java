package io.github.verbatim.ingest.dedup;

import io.github.verbatim.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Flags near-duplicate articles (the same wire story republished by many outlets) in the order they are
 * seen: an article whose shingle set has an estimated Jaccard similarity of at least {@code threshold} with
 * an earlier article's ({@link MinHash}) is a duplicate of the <em>first</em> such copy seen. Duplicates are
 * marked ({@code ArticleMetadata.duplicateOf}, written as {@code duplicate_of}), never dropped.
 *
 * <p>Candidates come from locality-sensitive hashing: the 64-value signature is cut into 16 bands of 4; two
 * articles sharing any whole band are compared on the full signature. At similarity 0.8 a pair becomes a
 * candidate with probability 1 - (1 - 0.8^4)^16 &gt; 0.9998. Articles under {@code minTokens} words are not
 * checked (short texts match by chance) and never flagged. Memory: about 700 bytes per article checked.
 *
 * <p>Stateful: one detector per run. Thread-safe (synchronized), but "first" means first to arrive, so feed
 * articles in input order for reproducible output.
 */
public final class NearDuplicateDetector {

    /** Default similarity for a duplicate. */
    public static final double DEFAULT_THRESHOLD = 0.8;
    /** Default minimum article length for a check: 50 words. */
    public static final int DEFAULT_MIN_TOKENS = 50;

    private static final int BANDS = 16;
    private static final int ROWS = MinHash.SIZE / BANDS;

    private final double threshold;
    private final int minTokens;
    private final Map<BandKey, List<Entry>> index = new HashMap<>();
    private final Map<Entry, Integer> order = new java.util.IdentityHashMap<>();

    private record Entry(MinHash.Signature signature, String id) {
    }

    private record BandKey(int band, long hash) {
    }

    public NearDuplicateDetector() {
        this(DEFAULT_THRESHOLD, DEFAULT_MIN_TOKENS);
    }

    /**
     * @param threshold estimated Jaccard similarity at or above which an article is a duplicate, in (0, 1]
     * @param minTokens fewest words an article needs to be checked, at least {@link MinHash#SHINGLE}
     */
    public NearDuplicateDetector(double threshold, int minTokens) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        if (minTokens < MinHash.SHINGLE) {
            throw new IllegalArgumentException("minTokens must be at least " + MinHash.SHINGLE + ", got " + minTokens);
        }
        this.threshold = threshold;
        this.minTokens = minTokens;
    }

    /**
     * The id of the first article seen that {@code text} nearly duplicates; when there is none, records this
     * article as a possible first copy and returns empty.
     */
    public Optional<String> check(String id, String text) {
        return check(id, MinHash.of(text));
    }

    /**
     * As {@link #check(String, String)} for an article whose signature ({@link MinHash#of}) was computed
     * elsewhere: hashing is the costly part and can run in parallel (on Spark executors); only this look-up
     * must follow input order.
     */
    public synchronized Optional<String> check(String id, MinHash.Signature sig) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sig, "sig");
        if (sig.tokens() < minTokens) {
            return Optional.empty();
        }
        Entry best = null;
        List<BandKey> keys = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            BandKey key = new BandKey(b, bandHash(sig.values(), b));
            keys.add(key);
            List<Entry> candidates = index.get(key);
            if (candidates == null) {
                continue;
            }
            for (Entry e : candidates) {
                if (sig.similarity(e.signature()) >= threshold && (best == null || isEarlier(e, best))) {
                    best = e;
                }
            }
        }
        if (best != null) {
            return Optional.of(best.id());
        }
        Entry entry = new Entry(sig, id);
        order.put(entry, order.size());
        for (BandKey key : keys) {
            index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(entry);
        }
        return Optional.empty();
    }

    private boolean isEarlier(Entry a, Entry b) {
        return order.get(a) < order.get(b);
    }

    /** {@code article}, with {@code duplicateOf} set when it nearly duplicates an earlier one. */
    public Article mark(Article article) {
        Optional<String> first = check(article.id(), article.text());
        return first.map(f -> new Article(article.id(), article.text(), article.metadata().withDuplicateOf(f)))
                .orElse(article);
    }

    private static long bandHash(long[] values, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = h * 31 + values[band * ROWS + r];
        }
        return h;
    }
}
