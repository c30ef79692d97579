package io.github.verbatim.ingest.dedup;

import io.github.verbatim.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flags near-duplicate articles (the same wire story republished by many outlets) in the order they are
 * seen: an article whose {@link SimHash} lies within {@code maxDistance} bits of an earlier article's is a
 * duplicate of the <em>first</em> copy seen. Duplicates are marked ({@link Article#metadata()}'s
 * {@code duplicateOf}, written as {@code duplicate_of}), never dropped.
 *
 * <p>Lookup is exact for the distance bound: fingerprints are split into {@code maxDistance + 1} bands, and
 * two fingerprints within the bound must agree on at least one whole band (pigeonhole), so only same-band
 * candidates are compared. Articles under {@code minTokens} words are not fingerprinted (short texts collide
 * by chance) and never flagged. Memory: about 60 bytes per article seen plus its id.
 *
 * <p>Stateful: one detector per run. Thread-safe (methods are synchronized), but the "first copy" depends
 * on the order articles arrive, so feed it in input order for reproducible output.
 */
public final class NearDuplicateDetector {

    /** Default Hamming distance bound: 3 of 64 bits. */
    public static final int DEFAULT_MAX_DISTANCE = 3;
    /** Default minimum article length for a check: 50 words. */
    public static final int DEFAULT_MIN_TOKENS = 50;

    private final int maxDistance;
    private final int minTokens;
    private final int bands;
    private final int bandBits;
    private final List<Map<Long, List<Entry>>> index = new ArrayList<>();

    private record Entry(long bits, String id) {
    }

    public NearDuplicateDetector() {
        this(DEFAULT_MAX_DISTANCE, DEFAULT_MIN_TOKENS);
    }

    /**
     * @param maxDistance most differing fingerprint bits for a duplicate, 0..7
     * @param minTokens   fewest words an article needs to be checked, at least {@link SimHash#SHINGLE}
     */
    public NearDuplicateDetector(int maxDistance, int minTokens) {
        if (maxDistance < 0 || maxDistance > 7) {
            throw new IllegalArgumentException("maxDistance must be in 0..7, got " + maxDistance);
        }
        if (minTokens < SimHash.SHINGLE) {
            throw new IllegalArgumentException("minTokens must be at least " + SimHash.SHINGLE + ", got " + minTokens);
        }
        this.maxDistance = maxDistance;
        this.minTokens = minTokens;
        this.bands = maxDistance + 1;
        this.bandBits = 64 / bands;
        for (int i = 0; i < bands; i++) {
            index.add(new HashMap<>());
        }
    }

    /**
     * The id of the first article seen that {@code text} nearly duplicates; when there is none, records this
     * article as a possible first copy and returns empty.
     */
    public synchronized Optional<String> check(String id, String text) {
        SimHash.Fingerprint fp = SimHash.of(text);
        if (fp.tokens() < minTokens) {
            return Optional.empty();
        }
        String first = null;
        for (int b = 0; b < bands && first == null; b++) {
            List<Entry> candidates = index.get(b).get(band(fp.bits(), b));
            if (candidates != null) {
                for (Entry e : candidates) {
                    if (Long.bitCount(e.bits() ^ fp.bits()) <= maxDistance) {
                        first = e.id();
                        break;
                    }
                }
            }
        }
        if (first != null) {
            return Optional.of(first);
        }
        Entry entry = new Entry(fp.bits(), id);
        for (int b = 0; b < bands; b++) {
            index.get(b).computeIfAbsent(band(fp.bits(), b), k -> new ArrayList<>(1)).add(entry);
        }
        return Optional.empty();
    }

    /** {@code article}, with {@code duplicateOf} set when it nearly duplicates an earlier one. */
    public Article mark(Article article) {
        Optional<String> first = check(article.id(), article.text());
        return first.map(f -> new Article(article.id(), article.text(), article.metadata().withDuplicateOf(f)))
                .orElse(article);
    }

    private long band(long bits, int b) {
        int shift = b * bandBits;
        int width = b == bands - 1 ? 64 - shift : bandBits;
        long mask = width == 64 ? -1L : (1L << width) - 1;
        return ((bits >>> shift) & mask) | ((long) b << 58);
    }
}
