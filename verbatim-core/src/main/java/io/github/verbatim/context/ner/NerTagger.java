package io.github.verbatim.context.ner;

import io.github.verbatim.context.CharSpan;
import io.github.verbatim.context.gazetteer.Gazetteer;
import io.github.verbatim.context.gazetteer.GazetteerEntry;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Sentence;
import io.github.verbatim.text.Token;
import io.github.verbatim.text.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds person, organisation, location and other names in a segmented article with an averaged perceptron
 * over hashed features ({@link NerFeatures}), decoding each sentence greedily left to right in BIO with the
 * two previous predicted labels as features; an inside label is only allowed after a label of its type.
 *
 * <p>Quotation marks and punctuation other than '.', '&' and '-' are never part of a name and are not
 * scored. A mention is reported without a leading "the" and only when it holds a capital letter or a digit
 * (a lone "the" or "." is tagger noise). Each mention gets a normalised name: when the whole mention is a gazetteer name, what that name refers
 * to (capitals used as metonyms and government buildings to their country or government for LOC and ORG
 * mentions — a capital right after a locative preposition, "in Brussels", stays the city —, demonyms to
 * their country for MISC mentions, country aliases to the country); otherwise its text with runs of white
 * space collapsed.
 *
 * <p>Scoring sums the weight rows of every feature of a token; the sums of the word features (with the rows a
 * word gives its neighbours), of the shape-and-position features and of the label-pair features are kept per
 * thread across documents ({@link NerScoreCache}), which gives exactly the same integer scores as summing
 * every row.
 *
 * <p>Immutable in its results and thread-safe; share one instance.
 */
public final class NerTagger {

    private final NerModel model;
    private final Gazetteer gazetteer;
    /** Each thread's summed weight rows of this model, reused across the documents it tags. */
    private final ThreadLocal<NerScoreCache> caches;

    public NerTagger(NerModel model, Gazetteer gazetteer) {
        this.model = Objects.requireNonNull(model, "model");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.caches = ThreadLocal.withInitial(() -> new NerScoreCache(model));
    }

    /** A tagger whose per-thread caches have the given sizes (package use: tests that force evictions). */
    NerTagger(NerModel model, Gazetteer gazetteer, int wordEntries, int contextEntries) {
        this.model = Objects.requireNonNull(model, "model");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.caches = ThreadLocal.withInitial(() -> new NerScoreCache(model, wordEntries, contextEntries));
    }

    /** The tagger with the shipped model and the standard gazetteer. */
    public static NerTagger standard() {
        return new NerTagger(NerModel.loadDefault(), Gazetteer.standard());
    }

    /** The model in use. */
    public NerModel model() {
        return model;
    }

    /** Every mention in the article, in text order. Never throws for a valid segmentation. */
    public List<EntityMention> tag(Segmentation seg) {
        return tag(seg, null);
    }

    /**
     * The mentions in the sentences whose index is set in {@code sentences} (all when null), in text order.
     * Document-wide features still see the whole article, so a tagged sentence gets the same mentions as
     * with {@link #tag(Segmentation)}; skipping the others saves their decoding.
     */
    public List<EntityMention> tag(Segmentation seg, java.util.BitSet sentences) {
        return tag(seg, sentences, null);
    }

    /**
     * As {@link #tag(Segmentation, java.util.BitSet)}, decoding each chosen sentence {@code si} only up to
     * token {@code limits[si]} (exclusive; a whole sentence when null or at least its end): from there on only
     * a name under way is finished, so every mention that ends before the limit token's end, and every mention
     * that starts before the limit, is the same as with the whole sentence decoded (decoding is left to right
     * and reads only earlier labels); mentions starting at or after the limit are not found. For a caller that
     * only wants the names inside given spans: with the limit at the first token ending after a span, the
     * names inside it are unchanged.
     */
    public List<EntityMention> tag(Segmentation seg, java.util.BitSet sentences, int[] limits) {
        if (limits != null && limits.length != seg.sentences().size()) {
            throw new IllegalArgumentException("limits has " + limits.length + " entries for "
                    + seg.sentences().size() + " sentences");
        }
        int[] labels = labels(seg, sentences, limits);
        List<EntityMention> out = new ArrayList<>();
        List<Token> tokens = seg.tokens();
        int i = 0;
        while (i < labels.length) {
            if (!NerLabels.isBegin(labels[i])) {
                i++;
                continue;
            }
            EntityType type = NerLabels.type(labels[i]);
            int end = i + 1;
            int inside = NerLabels.inside(type);
            while (end < labels.length && labels[end] == inside) {
                end++;
            }
            int first = i;
            if (end - first > 1 && seg.tokenText(first).equalsIgnoreCase("the")) {
                first++; // names are reported without their article ("the Kremlin" -> "Kremlin")
            }
            if (hasCapitalOrDigit(seg, first, end)) {
                out.add(mention(seg, first, end, type));
            }
            i = end;
        }
        return out;
    }

    /** The BIO label index of every token (package use: training and evaluation). */
    int[] labels(Segmentation seg) {
        return labels(seg, null);
    }

    /** The BIO labels of the tokens of the chosen sentences (all when null); others stay O. */
    int[] labels(Segmentation seg, java.util.BitSet sentences) {
        return labels(seg, sentences, null);
    }

    /**
     * The BIO labels of the chosen sentences, each decoded up to its limit and then only while a name goes on
     * (see {@link #tag(Segmentation, java.util.BitSet, int[])}); tokens not decoded stay O.
     */
    int[] labels(Segmentation seg, java.util.BitSet sentences, int[] limits) {
        NerFeatures features = new NerFeatures(seg, gazetteer, model.bucketBits(), model.hashing(), sentences);
        int[] labels = new int[seg.tokens().size()];
        int[] buffer = new int[NerFeatures.MAX_TOKEN_FEATURES + NerFeatures.LABEL_FEATURES];
        int[] scores = new int[NerLabels.COUNT];
        NerScoreCache cache = caches.get();
        int[] boundary = cache.boundaryRows(features, buffer);
        final int width = NerScoreCache.TOKEN_ROWS;
        for (int si = 0; si < seg.sentences().size(); si++) {
            if (sentences != null && !sentences.get(si)) {
                continue;
            }
            Sentence s = seg.sentences().get(si);
            int first = s.firstToken();
            int end = s.endToken();
            int[] rows = cache.sentenceRows(end - first);
            int filled = first; // tokens [first, filled) have their rows in rows[(t - first) * width ..]
            int prev = -1;
            int prev2 = -1;
            int limit = limits == null ? Integer.MAX_VALUE : limits[si];
            for (int i = first; i < end; i++) {
                if (i >= limit && (prev < 0 || prev == NerLabels.O)) {
                    break; // past the limit and no name under way: the rest cannot change a wanted mention
                }
                if (neverInName(seg, i)) {
                    labels[i] = NerLabels.O;
                    prev2 = prev;
                    prev = NerLabels.O;
                    continue;
                }
                for (int stop = Math.min(end, i + 3); filled < stop; filled++) {
                    cache.tokenRows(features, filled, buffer, rows, (filled - first) * width);
                }
                // the sum of every feature's row, in parts; integer sums, so exactly the plain sum
                System.arraycopy(rows, (i - first) * width, scores, 0, NerLabels.COUNT);
                cache.addShapeContextScores(features, i, buffer, scores);
                cache.addLabelPairScores(features, prev, prev2, buffer, scores);
                // the neighbours' words: i - 1 as previous (part 1), i + 1 as next (2), i - 2 (3), i + 2 (4)
                addPart(i - 1 >= first ? rows : boundary, i - 1 >= first ? (i - 1 - first) * width : 0, 1, scores);
                addPart(i + 1 < end ? rows : boundary, i + 1 < end ? (i + 1 - first) * width : 0, 2, scores);
                addPart(i - 2 >= first ? rows : boundary, i - 2 >= first ? (i - 2 - first) * width : 0, 3, scores);
                addPart(i + 2 < end ? rows : boundary, i + 2 < end ? (i + 2 - first) * width : 0, 4, scores);
                int n = features.pairLexicalFeatures(i, buffer, 0);
                n = features.labelWordFeatures(i, prev, buffer, n);
                model.accumulate(buffer, n, scores);
                int best = best(scores, prev);
                if (i >= limit && !NerLabels.isInside(best)) {
                    break; // the name under way ended here; a name starting here is past the limit
                }
                labels[i] = best;
                prev2 = prev;
                prev = best;
            }
        }
        return labels;
    }

    /** Adds row {@code part} of the token rows at {@code offset} (see {@link NerScoreCache#tokenRows}). */
    private static void addPart(int[] rows, int offset, int part, int[] scores) {
        NerScoreCache.add(rows, offset + part * NerLabels.COUNT, scores);
    }

    /** Quotation marks and punctuation other than '.', '&' and '-' are outside every name: not scored. */
    private static boolean neverInName(Segmentation seg, int i) {
        io.github.verbatim.text.Token t = seg.tokens().get(i);
        if (t.type() == io.github.verbatim.text.TokenType.QUOTE) {
            return true;
        }
        if (t.type() != io.github.verbatim.text.TokenType.PUNCT) {
            return false;
        }
        char c = seg.text().charAt(t.start());
        return c != '.' && c != '&' && c != '-';
    }

    /** A name has a capital letter or a digit somewhere; "the" or "." alone is tagger noise. */
    private static boolean hasCapitalOrDigit(Segmentation seg, int first, int end) {
        int from = seg.tokens().get(first).start();
        int to = seg.tokens().get(end - 1).end();
        String text = seg.text();
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    static int best(int[] scores, int prev) {
        int best = NerLabels.O;
        int bestScore = scores[NerLabels.O];
        for (int l = 1; l < scores.length; l++) {
            if (scores[l] > bestScore && NerLabels.allowed(prev < 0 ? NerLabels.O : prev, l)) {
                best = l;
                bestScore = scores[l];
            }
        }
        return best;
    }

    static int best(float[] scores, int prev) {
        int best = NerLabels.O;
        float bestScore = scores[NerLabels.O];
        for (int l = 1; l < scores.length; l++) {
            if (scores[l] > bestScore && NerLabels.allowed(prev < 0 ? NerLabels.O : prev, l)) {
                best = l;
                bestScore = scores[l];
            }
        }
        return best;
    }

    private EntityMention mention(Segmentation seg, int first, int end, EntityType type) {
        int start = seg.tokens().get(first).start();
        int stop = seg.tokens().get(end - 1).end();
        String text = seg.text().substring(start, stop);
        return new EntityMention(new CharSpan(start, stop), type, text, normalise(seg, first, end, type, text));
    }

    private String normalise(Segmentation seg, int first, int end, EntityType type, String text) {
        GazetteerEntry entry = gazetteer.lookup(seg, first, end);
        if (entry == null && first > 0 && type != EntityType.PER) {
            // "the Kremlin": the article is outside the mention
            String before = seg.tokenText(first - 1);
            if (before.equalsIgnoreCase("the")) {
                entry = gazetteer.lookup(seg, first - 1, end);
            }
        }
        if (entry != null) {
            boolean applies;
            switch (entry.kind()) {
                case COUNTRY:
                    applies = type == EntityType.LOC || type == EntityType.ORG;
                    break;
                case CAPITAL:
                    // "in Brussels" is the city; "Beijing says", "aggression from Moscow" stand for the state
                    applies = (type == EntityType.LOC || type == EntityType.ORG) && !afterLocative(seg, first);
                    break;
                case INSTITUTION:
                    applies = type == EntityType.LOC || type == EntityType.ORG;
                    break;
                case DEMONYM:
                    applies = type == EntityType.MISC;
                    break;
                default:
                    applies = false;
            }
            if (applies) {
                return entry.refersTo();
            }
        }
        return collapse(text);
    }

    private static final WordSet LOCATIVES = WordSet.of("in", "at", "near", "outside",
            "inside", "around", "across", "within");

    private static boolean afterLocative(Segmentation seg, int first) {
        if (first == 0) {
            return false;
        }
        String before = seg.tokenText(first - 1);
        return before.length() <= 7 && LOCATIVES.contains(before.toLowerCase(java.util.Locale.ROOT));
    }

    private static String collapse(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.append(c);
        }
        return b.toString();
    }

}
