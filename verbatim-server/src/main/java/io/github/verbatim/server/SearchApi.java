package io.github.verbatim.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.verbatim.index.store.InvalidQueryException;
import io.github.verbatim.index.store.SearchRequest;
import io.github.verbatim.index.store.SearchResults;
import io.github.verbatim.index.store.StatementHit;
import io.github.verbatim.index.store.StoreReader;
import io.github.verbatim.index.store.StoreViews;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.Span;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/search}: statements matching a Lucene query with the filters of {@code verbatim search}
 * (speaker, outlet, kind, since, until), one page at a time, each hit with its quotation in context; facet
 * counts on request.
 */
final class SearchApi {

    /** Code points of article text shown on each side of a quotation. */
    static final int CONTEXT_CHARS = 160;

    private final StoreReader store;
    private final StoreViews views;
    private final ServerLimits limits;
    private final QueryGuard guard;

    SearchApi(StoreReader store, StoreViews views, ServerLimits limits) {
        this.store = store;
        this.views = views;
        this.limits = limits;
        this.guard = new QueryGuard(limits);
    }

    void handle(Context ctx) throws IOException {
        String query = guard.check(ctx.queryParam("q"));
        int size = Params.integer(ctx, "size", 20, 1, limits.maxPageSize());
        int page = Params.integer(ctx, "page", 1, 1, Integer.MAX_VALUE);
        if ((long) page * size > limits.maxResultWindow()) {
            throw ApiException.badRequest("page_too_deep", "page " + page + " of size " + size
                    + " reaches past result " + limits.maxResultWindow() + "; narrow the query instead");
        }
        boolean facets = Params.flag(ctx, "facets", false);
        boolean context = Params.flag(ctx, "context", true);
        SearchRequest request = request(ctx, query, page * size);
        SearchResults results;
        try {
            results = store.search(request);
        } catch (InvalidQueryException e) {
            throw ApiException.badRequest("invalid_query", e.getMessage());
        }
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("query", query);
        body.put("total", results.total());
        body.put("page", page);
        body.put("size", size);
        ArrayNode hits = body.putArray("hits");
        List<StatementHit> all = results.hits();
        for (int i = (page - 1) * size; i < all.size(); i++) {
            hits.add(hit(all.get(i), context));
        }
        if (facets) {
            body.set("facets", views.facets(request, 10));
        }
        Json.send(ctx, body);
    }

    private static SearchRequest request(Context ctx, String query, int limit) {
        LocalDate since = Params.date(ctx, "since");
        LocalDate until = Params.date(ctx, "until");
        if (since != null && until != null && since.isAfter(until)) {
            throw ApiException.badRequest("bad_date", "since " + since + " is after until " + until);
        }
        String kind = Params.text(ctx, "kind");
        AttributionKind k = null;
        if (kind != null) {
            try {
                k = AttributionKind.fromLabel(kind);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("bad_parameter", "kind must be direct, mixed or indirect, got '"
                        + kind + "'");
            }
        }
        return new SearchRequest(query, Params.text(ctx, "speaker"), since, until, Params.text(ctx, "outlet"), k,
                limit);
    }

    private ObjectNode hit(StatementHit h, boolean withContext) throws IOException {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("id", h.id());
        n.put("statement", h.statementId());
        n.put("article", h.articleKey());
        n.put("doc", h.doc());
        n.put("title", h.title());
        n.put("outlet", h.outlet());
        n.put("published", h.published());
        n.put("kind", h.kind());
        n.put("speaker", h.speaker());
        JsonNode attribution = Json.MAPPER.readTree(h.attributionJson());
        JsonNode local = attribution.path("speaker");
        String speakerId = local.isObject() ? views.speakerIdOf(h.articleKey(), local.path("id").asText()) : null;
        n.put("speaker_id", speakerId);
        n.put("cue", h.cueText());
        n.put("source", h.sourceText());
        n.put("text", h.text());
        ArrayNode highlights = n.putArray("highlights");
        for (Span s : h.highlights()) {
            highlights.addObject().put("start", s.start()).put("end", s.end());
        }
        n.put("score", h.score());
        n.set("time", attribution.path("time").isObject() ? attribution.get("time") : NullNode.getInstance());
        n.set("place", attribution.path("place").isObject() ? attribution.get("place") : NullNode.getInstance());
        n.set("mentions", attribution.path("mentions").isArray() ? attribution.get("mentions")
                : Json.MAPPER.createArrayNode());
        if (withContext) {
            n.set("context", context(h.articleKey(), attribution.path("content")));
        }
        return n;
    }

    /** The article text around the quotation: {@code before}, {@code quote}, {@code after}, code points. */
    private JsonNode context(String articleKey, JsonNode content) throws IOException {
        if (!content.isArray() || content.isEmpty()) {
            return null;
        }
        String text = views.articleText(articleKey).orElse(null);
        if (text == null) {
            return null;
        }
        int[] cps = text.codePoints().toArray();
        int start = Math.max(0, Math.min(cps.length, content.get(0).path("start").asInt()));
        int end = Math.max(start, Math.min(cps.length, content.get(content.size() - 1).path("end").asInt()));
        int from = Math.max(0, start - CONTEXT_CHARS);
        int to = Math.min(cps.length, end + CONTEXT_CHARS);
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("before", (from > 0 ? "\u2026" : "") + new String(cps, from, start - from));
        n.put("quote", new String(cps, start, end - start));
        n.put("after", new String(cps, end, to - end) + (to < cps.length ? "\u2026" : ""));
        return n;
    }
}
