package io.github.verbatim.learn;

import io.github.verbatim.eval.GoldAttribution;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.model.Span;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Token;

import java.util.List;

/**
 * Projects gold attribution spans onto the tokens of a segmentation as BIO tags: a token takes a role when at
 * least half of its chars lie inside one of that role's segments; every segment starts with a begin tag.
 * Where spans of different roles claim a token, source and cue win over content (PolNeAR hardly ever nests,
 * and then the inner attribution's parts are the ones worth finding). Stateless.
 */
public final class GoldTagger {

    private GoldTagger() {
    }

    /** Tags for every token of {@code segmentation}. */
    public static int[] tags(Segmentation segmentation, List<GoldAttribution> attributions) {
        List<Token> tokens = segmentation.tokens();
        int[] tags = new int[tokens.size()];
        CodePointIndex index = CodePointIndex.of(segmentation.text());
        int limit = index.toCodePoint(segmentation.text().length());
        AttributionRole[] order = {AttributionRole.CONTENT, AttributionRole.SOURCE, AttributionRole.CUE};
        for (AttributionRole role : order) {
            for (GoldAttribution a : attributions) {
                List<Span> spans = switch (role) {
                    case SOURCE -> a.source();
                    case CUE -> a.cue();
                    case CONTENT -> a.content();
                };
                for (Span span : spans) {
                    int start = index.toChar(Math.min(span.start(), limit));
                    int end = index.toChar(Math.min(span.end(), limit));
                    mark(tokens, tags, start, end, role);
                }
            }
        }
        repair(tags);
        return tags;
    }

    private static void mark(List<Token> tokens, int[] tags, int start, int end, AttributionRole role) {
        boolean first = true;
        for (int i = firstEndingAfter(tokens, start); i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= end) {
                break;
            }
            int overlap = Math.min(end, t.end()) - Math.max(start, t.start());
            if (overlap * 2 < t.end() - t.start()) {
                continue;
            }
            tags[i] = first ? BioTags.begin(role) : BioTags.inside(role);
            first = false;
        }
    }

    private static int firstEndingAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Makes every inside tag follow a tag of its own role, turning it into a begin tag otherwise (needed where
     * a source or cue interrupts a content span, and at the start of a tagging sequence).
     */
    public static void repair(int[] tags) {
        for (int i = 0; i < tags.length; i++) {
            int t = tags[i];
            if (t != BioTags.O && !BioTags.isBegin(t)) {
                AttributionRole role = BioTags.role(t);
                if (i == 0 || tags[i - 1] == BioTags.O || BioTags.role(tags[i - 1]) != role) {
                    tags[i] = BioTags.begin(role);
                }
            }
        }
    }
}
