package io.github.verbatim.eval;

import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Scores predicted attributions against gold ones with the metrics defined in {@code DESIGN.md}.
 *
 * <ul>
 *   <li>{@code content.overlap}: one-to-one matched content spans sharing a non-space character (greedy
 *       matching, largest shared character count first);</li>
 *   <li>{@code content.exact}: content equal to gold after trimming spaces, quotation marks and edge
 *       punctuation, one-to-one;</li>
 *   <li>{@code span.source.exact}, {@code span.cue.exact}, {@code span.content.exact}: each role's distinct
 *       trimmed spans on their own;</li>
 *   <li>{@code source|content}: of overlap-matched contents whose gold has a source, the share whose
 *       predicted source overlaps it;</li>
 *   <li>{@code attribution}: one-to-one matches needing content overlap and source overlap (or neither
 *       side having a source);</li>
 *   <li>{@code direct.*}: the same restricted to gold attributions (and, for precision, predictions) whose
 *       content holds a quotation mark.</li>
 * </ul>
 *
 * <p>Scores are micro-averaged: counts are summed over documents before dividing. Feed documents with
 * {@link #add}; read results with {@link #report}. Not thread-safe.
 */
public final class AttributionScorer {

    /** Which gold and predicted attributions a breakdown keeps. */
    public enum Subset {
        /** Everything. */
        ALL,
        /** Content holding a quotation mark (DESIGN.md's {@code direct.*}). */
        QUOTED,
        /** Content entirely in quotation marks. */
        DIRECT,
        /** Content partly quoted. */
        MIXED,
        /** No quotation mark in the content. */
        INDIRECT
    }

    private final Map<Subset, Tally> tallies = new HashMap<>();

    public AttributionScorer() {
        for (Subset s : Subset.values()) {
            tallies.put(s, new Tally());
        }
    }

    /** Scores one document and adds its counts. */
    public DocumentScore add(GoldDocument gold, DocumentResult predicted) {
        SpanText text = new SpanText(gold.article().text());
        List<Item> goldItems = new ArrayList<>();
        for (GoldAttribution g : gold.attributions()) {
            goldItems.add(new Item(g.content(), g.cue(), g.source(), kindOf(text, g.content())));
        }
        List<Item> predItems = new ArrayList<>();
        for (Attribution a : predicted.attributions()) {
            predItems.add(new Item(a.content(), a.cue(), a.source(), kindOf(text, a.content())));
        }
        Scores all = null;
        for (Subset subset : Subset.values()) {
            Scores s = score(text, filter(goldItems, subset), filter(predItems, subset));
            tallies.get(subset).add(s);
            if (subset == Subset.ALL) {
                all = s;
            }
        }
        return new DocumentScore(gold.article().id(), all.contentOverlap, all.attribution);
    }

    /** The summed scores for one subset. */
    public Scores report(Subset subset) {
        return tallies.get(subset).total();
    }

    /** Per-document figures, for finding the best and worst articles. */
    public record DocumentScore(String doc, Prf contentOverlap, Prf attribution) {
    }

    /** All metrics for one subset of attributions. */
    public record Scores(Prf contentOverlap, Prf contentExact, Prf attribution, Prf sourceExact, Prf cueExact,
            Prf contentSpanExact, long sourceGivenContentHits, long sourceGivenContentTotal) {

        /** {@code source|content}: share of matched gold-with-source contents whose source overlaps. */
        public double sourceGivenContent() {
            return sourceGivenContentTotal == 0 ? 0 : (double) sourceGivenContentHits / sourceGivenContentTotal;
        }

        Scores plus(Scores o) {
            return new Scores(contentOverlap.plus(o.contentOverlap), contentExact.plus(o.contentExact),
                    attribution.plus(o.attribution), sourceExact.plus(o.sourceExact), cueExact.plus(o.cueExact),
                    contentSpanExact.plus(o.contentSpanExact), sourceGivenContentHits + o.sourceGivenContentHits,
                    sourceGivenContentTotal + o.sourceGivenContentTotal);
        }
    }

    private record Item(List<Span> content, List<Span> cue, List<Span> source, AttributionKind kind) {
    }

    private static final class Tally {
        private Scores total = new Scores(Prf.ZERO, Prf.ZERO, Prf.ZERO, Prf.ZERO, Prf.ZERO, Prf.ZERO, 0, 0);

        void add(Scores s) {
            total = total.plus(s);
        }

        Scores total() {
            return total;
        }
    }

    private static AttributionKind kindOf(SpanText text, List<Span> content) {
        if (text.fullyQuoted(content)) {
            return AttributionKind.DIRECT;
        }
        return text.holdsQuotationMark(content) ? AttributionKind.MIXED : AttributionKind.INDIRECT;
    }

    private static List<Item> filter(List<Item> items, Subset subset) {
        Predicate<Item> keep;
        switch (subset) {
            case QUOTED:
                keep = i -> i.kind != AttributionKind.INDIRECT;
                break;
            case DIRECT:
                keep = i -> i.kind == AttributionKind.DIRECT;
                break;
            case MIXED:
                keep = i -> i.kind == AttributionKind.MIXED;
                break;
            case INDIRECT:
                keep = i -> i.kind == AttributionKind.INDIRECT;
                break;
            default:
                return items;
        }
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            if (keep.test(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** What went wrong with one gold or predicted attribution. */
    public enum MistakeKind {
        /** A gold attribution no prediction overlaps. */
        MISSED,
        /** A prediction that overlaps no gold attribution. */
        SPURIOUS,
        /** Content matched, but the predicted source does not overlap the gold source. */
        WRONG_SOURCE
    }

    /**
     * One mistake, for error analysis.
     *
     * @param gold      the gold attribution involved, or null for {@link MistakeKind#SPURIOUS}
     * @param predicted the prediction involved, or null for {@link MistakeKind#MISSED}
     */
    public record Mistake(MistakeKind kind, GoldAttribution gold, Attribution predicted) {
    }

    /** The mistakes in one document, by the same matching as {@code content.overlap} and {@code attribution}. */
    public static List<Mistake> mistakes(GoldDocument gold, DocumentResult predicted) {
        SpanText text = new SpanText(gold.article().text());
        List<Item> goldItems = new ArrayList<>();
        for (GoldAttribution g : gold.attributions()) {
            goldItems.add(new Item(g.content(), g.cue(), g.source(), kindOf(text, g.content())));
        }
        List<Item> predItems = new ArrayList<>();
        for (Attribution a : predicted.attributions()) {
            predItems.add(new Item(a.content(), a.cue(), a.source(), kindOf(text, a.content())));
        }
        int[] match = greedyMatch(text, goldItems, predItems, false);
        boolean[] predMatched = new boolean[predItems.size()];
        List<Mistake> out = new ArrayList<>();
        for (int g = 0; g < goldItems.size(); g++) {
            int p = match[g];
            if (p < 0) {
                out.add(new Mistake(MistakeKind.MISSED, gold.attributions().get(g), null));
                continue;
            }
            predMatched[p] = true;
            List<Span> gs = goldItems.get(g).source;
            List<Span> ps = predItems.get(p).source;
            boolean sourceOk = gs.isEmpty() ? ps.isEmpty() : text.sharedNonSpace(gs, ps) > 0;
            if (!sourceOk) {
                out.add(new Mistake(MistakeKind.WRONG_SOURCE, gold.attributions().get(g),
                        predicted.attributions().get(p)));
            }
        }
        for (int p = 0; p < predItems.size(); p++) {
            if (!predMatched[p]) {
                out.add(new Mistake(MistakeKind.SPURIOUS, null, predicted.attributions().get(p)));
            }
        }
        return out;
    }

    private static Scores score(SpanText text, List<Item> gold, List<Item> pred) {
        int[] contentMatch = greedyMatch(text, gold, pred, false);
        long overlapMatches = 0;
        long sourceHits = 0;
        long sourceTotal = 0;
        for (int g = 0; g < gold.size(); g++) {
            int p = contentMatch[g];
            if (p < 0) {
                continue;
            }
            overlapMatches++;
            if (!gold.get(g).source.isEmpty()) {
                sourceTotal++;
                if (text.sharedNonSpace(gold.get(g).source, pred.get(p).source) > 0) {
                    sourceHits++;
                }
            }
        }
        int[] attributionMatch = greedyMatch(text, gold, pred, true);
        long attributionMatches = 0;
        for (int m : attributionMatch) {
            if (m >= 0) {
                attributionMatches++;
            }
        }
        return new Scores(
                Prf.oneToOne(overlapMatches, pred.size(), gold.size()),
                exactMultiset(text, gold, pred),
                Prf.oneToOne(attributionMatches, pred.size(), gold.size()),
                exactSet(text, gold, pred, Role.SOURCE),
                exactSet(text, gold, pred, Role.CUE),
                exactSet(text, gold, pred, Role.CONTENT),
                sourceHits, sourceTotal);
    }

    /**
     * For each gold item, the index of its one-to-one matched prediction or -1. Pairs are taken greedily by
     * shared non-space content characters, largest first; ties go to the earlier gold, then earlier prediction.
     */
    private static int[] greedyMatch(SpanText text, List<Item> gold, List<Item> pred, boolean needSource) {
        List<long[]> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < pred.size(); p++) {
                int shared = text.sharedNonSpace(gold.get(g).content, pred.get(p).content);
                if (shared == 0) {
                    continue;
                }
                if (needSource) {
                    List<Span> gs = gold.get(g).source;
                    List<Span> ps = pred.get(p).source;
                    boolean ok = gs.isEmpty() && ps.isEmpty()
                            || !gs.isEmpty() && !ps.isEmpty() && text.sharedNonSpace(gs, ps) > 0;
                    if (!ok) {
                        continue;
                    }
                }
                pairs.add(new long[] {shared, g, p});
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0])
                : a[1] != b[1] ? Long.compare(a[1], b[1]) : Long.compare(a[2], b[2]));
        int[] goldToPred = new int[gold.size()];
        java.util.Arrays.fill(goldToPred, -1);
        boolean[] predUsed = new boolean[pred.size()];
        for (long[] pair : pairs) {
            int g = (int) pair[1];
            int p = (int) pair[2];
            if (goldToPred[g] < 0 && !predUsed[p]) {
                goldToPred[g] = p;
                predUsed[p] = true;
            }
        }
        return goldToPred;
    }

    private enum Role { SOURCE, CUE, CONTENT }

    private static List<Span> role(Item item, Role role) {
        switch (role) {
            case SOURCE:
                return item.source;
            case CUE:
                return item.cue;
            default:
                return item.content;
        }
    }

    /** Distinct trimmed spans of one role, compared as sets. */
    private static Prf exactSet(SpanText text, List<Item> gold, List<Item> pred, Role role) {
        java.util.Set<List<Span>> g = new java.util.HashSet<>();
        for (Item i : gold) {
            List<Span> t = text.trim(role(i, role));
            if (!t.isEmpty()) {
                g.add(t);
            }
        }
        java.util.Set<List<Span>> p = new java.util.HashSet<>();
        for (Item i : pred) {
            List<Span> t = text.trim(role(i, role));
            if (!t.isEmpty()) {
                p.add(t);
            }
        }
        long hits = 0;
        for (List<Span> s : p) {
            if (g.contains(s)) {
                hits++;
            }
        }
        return Prf.oneToOne(hits, p.size(), g.size());
    }

    /** Trimmed contents compared as multisets: each gold content matches at most one equal prediction. */
    private static Prf exactMultiset(SpanText text, List<Item> gold, List<Item> pred) {
        Map<List<Span>, Integer> remaining = new HashMap<>();
        for (Item i : gold) {
            remaining.merge(text.trim(i.content), 1, Integer::sum);
        }
        long hits = 0;
        for (Item i : pred) {
            List<Span> key = text.trim(i.content);
            Integer left = remaining.get(key);
            if (left != null && left > 0) {
                remaining.put(key, left - 1);
                hits++;
            }
        }
        return Prf.oneToOne(hits, pred.size(), gold.size());
    }
}
