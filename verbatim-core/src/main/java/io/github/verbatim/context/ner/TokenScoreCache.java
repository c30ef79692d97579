package io.github.verbatim.context.ner;

import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Token;
import java.util.Arrays;

/**
 * The label scores of the tokens of one document, with the parts that depend on a single token's text summed
 * once per distinct text: a token's self part, its part as each neighbour role, and its label-word part per
 * previous label ({@link NerFeatures#selfFeatures}, {@link NerFeatures#neighbourFeatures},
 * {@link NerFeatures#labelWordFeatures}). A word met again then costs a few additions of cached sums instead
 * of a dozen scattered reads of the large weight table.
 *
 * <p>{@link #score} gives exactly the integer sum {@link NerModel#accumulate} gives over
 * {@link NerFeatures#tokenFeatures} and {@link NerFeatures#labelFeatures}: the parts are the same multiset
 * of buckets, integer addition does not depend on order, and distinct texts are told apart by their
 * characters (the exact-text hash only picks the slot), never by the hash alone.
 *
 * <p>Not thread-safe; one instance per document and {@link NerFeatures}.
 */
final class TokenScoreCache {

    private static final int L = NerLabels.COUNT;
    private static final int ROLES = NerFeatures.ROLES;
    /** Previous labels: -1 (sentence start) and 0 .. COUNT - 1. */
    private static final int PREVS = NerLabels.COUNT + 1;
    private static final int HAVE_SELF = 1;

    private final Segmentation seg;
    private final String text;
    private final NerFeatures features;
    private final NerModel model;
    private final int[] buffer = new int[NerFeatures.MAX_TOKEN_FEATURES + NerFeatures.LABEL_FEATURES];
    /** Per token: 1 + its text's id, or 0 when not yet looked up. */
    private final int[] idOf;
    /** The parts of the sentence boundary in each neighbour role. */
    private final int[] boundary = new int[ROLES * L];

    /** Open addressing from exact-text hash to id; {@code -1} marks a free slot. */
    private long[] slotKeys;
    private int[] slotIds;
    /** Per id: one token with that text, its hash, which parts are summed, and the sums. */
    private int[] tokenOf;
    private long[] keyOf;
    private byte[] have;
    private int[] self;
    private int[] roles;
    /** Per id and previous label: 1 + the offset of the label-word sum in {@code labelSums}, 0 when absent. */
    private int[] labelAt;
    private int[] labelSums = new int[64 * L];
    private int labelCount;
    private int size;

    TokenScoreCache(Segmentation seg, NerFeatures features, NerModel model) {
        this.seg = seg;
        this.text = seg.text();
        this.features = features;
        this.model = model;
        this.idOf = new int[seg.tokens().size()];
        int capacity = 64;
        slotKeys = new long[capacity * 2];
        slotIds = new int[capacity * 2];
        Arrays.fill(slotIds, -1);
        tokenOf = new int[capacity];
        keyOf = new long[capacity];
        have = new byte[capacity];
        self = new int[capacity * L];
        roles = new int[capacity * ROLES * L];
        labelAt = new int[capacity * PREVS];
        for (int r = 0; r < ROLES; r++) {
            int n = features.neighbourFeatures(-1, r, buffer, 0);
            model.accumulate(buffer, n, boundary, r * L);
        }
    }

    /**
     * Sets {@code scores} to the quantised label scores of token {@code i} after labels {@code prev} and
     * {@code prev2} (-1 at the sentence start).
     */
    void score(int i, int prev, int prev2, int[] scores) {
        int id = id(i);
        if ((have[id] & HAVE_SELF) == 0) {
            int n = features.selfFeatures(i, buffer, 0);
            model.accumulate(buffer, n, self, id * L);
            have[id] |= HAVE_SELF;
        }
        System.arraycopy(self, id * L, scores, 0, L);
        for (int r = 0; r < ROLES; r++) {
            int j = features.neighbour(i, r);
            if (j < 0) {
                add(boundary, r * L, scores);
                continue;
            }
            int other = id(j);
            int bit = 2 << r;
            if ((have[other] & bit) == 0) {
                int n = features.neighbourFeatures(j, r, buffer, 0);
                model.accumulate(buffer, n, roles, (other * ROLES + r) * L);
                have[other] |= bit;
            }
            add(roles, (other * ROLES + r) * L, scores);
        }
        int at = id * PREVS + prev + 1;
        if (labelAt[at] == 0) {
            if ((labelCount + 1) * L > labelSums.length) {
                labelSums = Arrays.copyOf(labelSums, labelSums.length * 2);
            }
            features.labelWordFeatures(i, prev, buffer, 0);
            model.accumulate(buffer, 2, labelSums, labelCount * L);
            labelAt[at] = 1 + labelCount * L;
            labelCount++;
        }
        add(labelSums, labelAt[at] - 1, scores);
        int n = features.restFeatures(i, buffer, 0);
        features.labelOnlyFeatures(prev, prev2, buffer, n);
        model.accumulate(buffer, n + 2, scores, 0);
    }

    private static void add(int[] from, int offset, int[] scores) {
        for (int l = 0; l < L; l++) {
            scores[l] += from[offset + l];
        }
    }

    /** The id of token {@code i}'s text, assigning the next one when the text is new to the document. */
    private int id(int i) {
        int known = idOf[i];
        if (known != 0) {
            return known - 1;
        }
        long key = features.wordKey(i);
        int mask = slotKeys.length - 1;
        int slot = spread(key) & mask;
        while (slotIds[slot] >= 0) {
            int candidate = slotIds[slot];
            if (slotKeys[slot] == key && sameText(tokenOf[candidate], i)) {
                idOf[i] = candidate + 1;
                return candidate;
            }
            slot = (slot + 1) & mask;
        }
        if (size == tokenOf.length) {
            grow();
            return id(i);
        }
        int id = size++;
        slotKeys[slot] = key;
        slotIds[slot] = id;
        tokenOf[id] = i;
        keyOf[id] = key;
        idOf[i] = id + 1;
        return id;
    }

    private boolean sameText(int a, int b) {
        Token x = seg.tokens().get(a);
        Token y = seg.tokens().get(b);
        int length = x.end() - x.start();
        return length == y.end() - y.start() && text.regionMatches(x.start(), text, y.start(), length);
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** Doubles the per-id arrays and the slot table (kept at most half full). */
    private void grow() {
        int capacity = tokenOf.length * 2;
        tokenOf = Arrays.copyOf(tokenOf, capacity);
        keyOf = Arrays.copyOf(keyOf, capacity);
        have = Arrays.copyOf(have, capacity);
        self = Arrays.copyOf(self, capacity * L);
        roles = Arrays.copyOf(roles, capacity * ROLES * L);
        labelAt = Arrays.copyOf(labelAt, capacity * PREVS);
        slotKeys = new long[capacity * 2];
        slotIds = new int[capacity * 2];
        Arrays.fill(slotIds, -1);
        int mask = slotKeys.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = spread(keyOf[id]) & mask;
            while (slotIds[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slotKeys[slot] = keyOf[id];
            slotIds[slot] = id;
        }
    }
}
