package io.github.verbatim.index.store;

import io.github.verbatim.model.Article;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The key an article is stored under: {@code url:} and its canonical URL when it has one, else {@code sha256:}
 * and the SHA-256 of its text. The same input always gives the same key, so indexing it again adds nothing.
 *
 * <p>URL canonicalisation: scheme and host lower-cased, default port, fragment and {@code utm_*} tracking
 * parameters dropped, a trailing slash on the path removed. A URL that does not parse is used as written,
 * trimmed.
 */
public final class ArticleKey {

    private ArticleKey() {
    }

    /** The key of {@code article}. */
    public static String of(Article article) {
        String url = article.metadata().url();
        if (url != null && !url.isBlank()) {
            return "url:" + canonicalUrl(url.strip());
        }
        return "sha256:" + sha256(article.text());
    }

    /** {@code url} canonicalised as the type describes. */
    public static String canonicalUrl(String url) {
        try {
            URI u = new URI(url);
            if (u.getScheme() == null || u.getHost() == null) {
                return url;
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) {
                port = -1;
            }
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = null;
            if (u.getRawQuery() != null) {
                List<String> kept = new ArrayList<>();
                for (String p : u.getRawQuery().split("&")) {
                    if (!p.isEmpty() && !p.toLowerCase(Locale.ROOT).startsWith("utm_")) {
                        kept.add(p);
                    }
                }
                query = kept.isEmpty() ? null : String.join("&", kept);
            }
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port) + path
                    + (query == null ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
