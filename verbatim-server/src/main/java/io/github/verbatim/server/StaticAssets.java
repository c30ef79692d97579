package io.github.verbatim.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web UI's files, read once from the classpath folder {@code /web/} by an explicit whitelist. A request
 * path is only ever a key into that map, never a file name: nothing outside the list can be served, whatever
 * the path holds ({@code ..}, encoded slashes, absolute paths).
 */
final class StaticAssets {

    /** Request path to classpath file under {@code /web/}. */
    static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("/", "index.html"),
            Map.entry("/index.html", "index.html"),
            Map.entry("/speaker.html", "speaker.html"),
            Map.entry("/statement.html", "statement.html"),
            Map.entry("/article.html", "article.html"),
            Map.entry("/paste.html", "paste.html"),
            Map.entry("/app.css", "app.css"),
            Map.entry("/ui.js", "ui.js"),
            Map.entry("/search.js", "search.js"),
            Map.entry("/speaker.js", "speaker.js"),
            Map.entry("/statement.js", "statement.js"),
            Map.entry("/article.js", "article.js"),
            Map.entry("/paste.js", "paste.js"),
            Map.entry("/openapi.json", "openapi.json"));

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8");

    private record Asset(byte[] bytes, String type) {
    }

    private final Map<String, Asset> assets = new LinkedHashMap<>();

    StaticAssets() {
        for (var e : FILES.entrySet()) {
            String file = e.getValue();
            try (InputStream in = StaticAssets.class.getResourceAsStream("/web/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("web asset missing from the classpath: /web/" + file);
                }
                String ext = file.substring(file.lastIndexOf('.') + 1);
                assets.put(e.getKey(), new Asset(in.readAllBytes(), TYPES.get(ext)));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }

    /** Serves the asset listed under {@code path}; fails naming it when it is not on the list. */
    void serve(Context ctx, String path) {
        Asset a = assets.get(path);
        if (a == null) {
            throw new IllegalArgumentException("not a listed web asset: " + path);
        }
        ctx.status(200).contentType(a.type()).result(a.bytes());
    }
}
