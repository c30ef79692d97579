package io.github.verbatim.index.store;

import io.github.verbatim.model.Span;
import java.util.List;

/**
 * One attribution found by a search.
 *
 * @param id              attribution id ({@code articleKey#index})
 * @param statementId     the cross-outlet statement it belongs to, or null while aggregates are stale
 * @param articleKey      the article's store key
 * @param doc             the article's document id
 * @param title           article title, or null
 * @param outlet          outlet, or null
 * @param published       ISO date, or null
 * @param kind            direct, mixed or indirect
 * @param speaker         speaker name, or null
 * @param text            the statement text
 * @param cueText         the cue
 * @param sourceText      the source mention
 * @param highlights      query-term matches in {@code text}, code points, ascending
 * @param attributionJson the attribution's full contract object
 * @param score           relevance
 */
public record StatementHit(String id, String statementId, String articleKey, String doc, String title, String outlet,
                           String published, String kind, String speaker, String text, String cueText,
                           String sourceText, List<Span> highlights, String attributionJson, float score) {
    public StatementHit {
        highlights = List.copyOf(highlights);
    }

    /** {@code text} with each highlight wrapped in {@code open} and {@code close}. */
    public String highlighted(String open, String close) {
        StringBuilder sb = new StringBuilder();
        int[] cps = text.codePoints().toArray();
        int at = 0;
        for (Span h : highlights) {
            sb.append(new String(cps, at, h.start() - at)).append(open)
                    .append(new String(cps, h.start(), h.length())).append(close);
            at = h.end();
        }
        sb.append(new String(cps, at, cps.length - at));
        return sb.toString();
    }
}
