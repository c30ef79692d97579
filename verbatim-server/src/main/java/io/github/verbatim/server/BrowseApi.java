package io.github.verbatim.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.verbatim.index.store.StoreCounts;
import io.github.verbatim.index.store.StoreReader;
import io.github.verbatim.index.store.StoreViews;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * The read-only lookups: health, speakers list, speaker profile, statement trail, article with attributions.
 * Unknown ids answer 404; ids are matched exactly, never parsed as queries.
 */
final class BrowseApi {

    /** Longest id accepted; longer ids cannot exist and answer 400. */
    static final int MAX_ID_CHARS = 2048;

    private final StoreReader store;
    private final StoreViews views;

    BrowseApi(StoreReader store, StoreViews views) {
        this.store = store;
        this.views = views;
    }

    /** {@code GET /api/health}. */
    void health(Context ctx) throws IOException {
        StoreCounts c = store.counts();
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("status", "ok");
        ObjectNode s = body.putObject("store");
        s.put("articles", c.articles());
        s.put("attributions", c.attributions());
        s.put("statements", c.statements());
        s.put("speakers", c.speakers());
        s.put("aggregates_current", c.aggregatesCurrent());
        Json.send(ctx, body);
    }

    /** {@code GET /api/speakers?limit=N}: speakers by statement count. */
    void speakers(Context ctx) throws IOException {
        int limit = Params.integer(ctx, "limit", 50, 1, 500);
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode list = body.putArray("speakers");
        store.speakers(limit).forEach(list::add);
        Json.send(ctx, body);
    }

    /** {@code GET /api/speakers/{id}}: aliases, dated roles, monthly counts, recent statements, co-mentions. */
    void speaker(Context ctx) throws IOException {
        String id = id(ctx.pathParam("id"));
        ObjectNode speaker = views.speaker(id).orElseThrow(() -> ApiException.notFound("speaker", id));
        ObjectNode activity = views.speakerActivity(id, 10, 10).orElseThrow(() -> ApiException.notFound("speaker", id));
        speaker.set("activity", activity);
        speaker.put("co_mentioned_source", "speakers named in the same articles, and the statements' entity "
                + "mentions where extraction provides them");
        Json.send(ctx, speaker);
    }

    /** {@code GET /api/statements/{id}}: every report, the earliest, speakers, variants with word diffs. */
    void statement(Context ctx) throws IOException {
        String id = id(ctx.pathParam("id"));
        Json.send(ctx, store.statement(id).orElseThrow(() -> ApiException.notFound("statement", id)));
    }

    /** {@code GET /api/article?key=K}: metadata, text, attributions, statement and speaker links. */
    void article(Context ctx) throws IOException {
        String key = Params.text(ctx, "key");
        if (key == null) {
            throw ApiException.badRequest("missing_parameter", "key is required (an article key from a search hit)");
        }
        String k = id(key);
        Json.send(ctx, views.article(k).orElseThrow(() -> ApiException.notFound("article", k)));
    }

    private static String id(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiException.badRequest("missing_parameter", "an id is required");
        }
        if (raw.length() > MAX_ID_CHARS) {
            throw ApiException.badRequest("bad_parameter", "id is " + raw.length() + " characters; the limit is "
                    + MAX_ID_CHARS);
        }
        return raw;
    }
}
