package io.github.verbatim.context.ner;

import io.github.verbatim.context.CharSpan;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligns labelled char spans to tokens: an entity covers every token it overlaps; an entity whose tokens are
 * already taken by an earlier one is dropped. Static helpers only.
 */
final class TokenAlignment {

    private TokenAlignment() {
    }

    /** BIO label per token for {@code entities}. */
    static int[] labels(Segmentation seg, List<GoldEntity> entities) {
        int[] labels = new int[seg.tokens().size()];
        for (GoldEntity e : entities) {
            int first = seg.tokenAtOrAfter(e.span().start());
            int end = first;
            while (end < labels.length && seg.tokens().get(end).start() < e.span().end()) {
                end++;
            }
            if (end == first || taken(labels, first, end)) {
                continue;
            }
            labels[first] = NerLabels.begin(e.type());
            for (int i = first + 1; i < end; i++) {
                labels[i] = NerLabels.inside(e.type());
            }
        }
        return labels;
    }

    /** The entities as token-aligned spans, read back from {@link #labels}. */
    static List<GoldEntity> aligned(Segmentation seg, int[] labels) {
        List<GoldEntity> out = new ArrayList<>();
        List<Token> tokens = seg.tokens();
        int i = 0;
        while (i < labels.length) {
            if (!NerLabels.isBegin(labels[i])) {
                i++;
                continue;
            }
            EntityType type = NerLabels.type(labels[i]);
            int end = i + 1;
            while (end < labels.length && labels[end] == NerLabels.inside(type)) {
                end++;
            }
            out.add(new GoldEntity(new CharSpan(tokens.get(i).start(), tokens.get(end - 1).end()), type));
            i = end;
        }
        return out;
    }

    private static boolean taken(int[] labels, int first, int end) {
        for (int i = first; i < end; i++) {
            if (labels[i] != NerLabels.O) {
                return true;
            }
        }
        return false;
    }
}
