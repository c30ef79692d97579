package io.github.verbatim.server;

import io.github.verbatim.index.store.StoreReader;
import io.github.verbatim.index.store.StoreViews;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.DocumentResult;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API and web UI over one store, on Javalin (Jetty). Routes are listed in {@code /web/openapi.json};
 * every error is JSON ({@link ApiException}); every response carries a Content-Security-Policy that allows
 * scripts, styles and requests only from this origin and no inline script.
 *
 * <p>Lifecycle: build, {@link #start}, {@link #close}. The store reader is shared by all request threads and
 * closed by the caller.
 */
public final class VerbatimServer implements Closeable {

    /** Sent with every response. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final Logger LOG = LoggerFactory.getLogger(VerbatimServer.class);

    private final Javalin app;
    private final List<String> apiRoutes = new ArrayList<>();

    /**
     * A server over {@code store}, extracting pasted articles with {@code extraction}, under {@code limits}.
     */
    public VerbatimServer(StoreReader store, Function<Article, DocumentResult> extraction, ServerLimits limits) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(limits, "limits");
        StoreViews views = new StoreViews(store);
        SearchApi search = new SearchApi(store, views, limits);
        BrowseApi browse = new BrowseApi(store, views);
        ExtractApi extract = new ExtractApi(extraction, limits);
        StaticAssets assets = new StaticAssets();
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = limits.maxBodyBytes();
            config.http.generateEtags = false;
        });
        app.before(VerbatimServer::securityHeaders);
        api(HandlerType.GET, "/api/health", browse::health);
        api(HandlerType.GET, "/api/search", search::handle);
        api(HandlerType.GET, "/api/speakers", browse::speakers);
        api(HandlerType.GET, "/api/speakers/{id}", browse::speaker);
        api(HandlerType.GET, "/api/statements/{id}", browse::statement);
        api(HandlerType.GET, "/api/article", browse::article);
        api(HandlerType.POST, "/api/extract", extract::handle);
        api(HandlerType.GET, "/api/openapi.json", ctx -> assets.serve(ctx, "/openapi.json"));
        for (String path : StaticAssets.FILES.keySet()) {
            app.get(path, ctx -> assets.serve(ctx, path));
        }
        app.error(404, ctx -> Json.error(ctx, 404, "not_found", "nothing at " + ctx.method() + " " + ctx.path()));
        app.error(405, ctx -> Json.error(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed here"));
        app.exception(ApiException.class, (e, ctx) -> Json.error(ctx, e.status(), e.code(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> Json.error(ctx, e.getStatus(),
                e.getStatus() == 413 ? "body_too_large" : "http_error", e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            Json.error(ctx, 500, "internal", "the server failed to answer; see its log");
        });
    }

    private void api(HandlerType method, String path, Handler handler) {
        app.addHttpHandler(method, path, handler);
        apiRoutes.add(method.name().toLowerCase(Locale.ROOT) + " " + path);
    }

    /** The API operations served, as {@code "get /api/search"}, in registration order. */
    public List<String> apiRoutes() {
        return List.copyOf(apiRoutes);
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }

    /** Starts listening on {@code host}:{@code port} (0 picks a free port); returns this server. */
    public VerbatimServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    /** The port listened on (after {@link #start}). */
    public int port() {
        return app.port();
    }

    /** Stops listening; idempotent. */
    @Override
    public void close() {
        app.stop();
    }
}
