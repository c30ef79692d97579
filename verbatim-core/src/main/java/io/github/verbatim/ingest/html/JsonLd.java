package io.github.verbatim.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects a page declares in {@code <script type="application/ld+json">}, flattened out of
 * arrays and {@code @graph}s. Malformed blocks are ignored (lenient, the page is still read). Stateless.
 */
final class JsonLd {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    private JsonLd() {
    }

    /** Every JSON-LD object on the page, in document order, nested graphs flattened (not recursively). */
    static List<JsonNode> objects(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().trim();
            if (json.isEmpty() || json.length() > 2_000_000) {
                continue;
            }
            try {
                collect(MAPPER.readTree(json), out, 0);
            } catch (JsonProcessingException e) {
                // a broken block is the page's problem; other metadata sources remain
            }
        }
        return out;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                collect(n, out, depth + 1);
            }
        } else if (node.isObject()) {
            out.add(node);
            JsonNode graph = node.get("@graph");
            if (graph != null) {
                collect(graph, out, depth + 1);
            }
        }
    }

    /** Whether the object's {@code @type} names an article kind (NewsArticle, ReportageNewsArticle, BlogPosting...). */
    static boolean isArticle(JsonNode node) {
        for (String type : types(node)) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.endsWith("article") || t.equals("blogposting") || t.equals("report") || t.equals("liveblogposting")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the object's {@code @type} is {@code LiveBlogPosting}: running coverage of an event. */
    static boolean isLiveBlog(JsonNode node) {
        for (String type : types(node)) {
            if (type.equalsIgnoreCase("LiveBlogPosting")) {
                return true;
            }
        }
        return false;
    }

    static List<String> types(JsonNode node) {
        List<String> types = new ArrayList<>();
        JsonNode t = node.get("@type");
        if (t != null && t.isTextual()) {
            types.add(t.asText());
        } else if (t != null && t.isArray()) {
            t.forEach(x -> types.add(x.asText()));
        }
        return types;
    }

    /** The text of field {@code name}: a string, or the {@code name} of an object, or of an array's items joined. */
    static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return asText(v);
    }

    static String asText(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual() || v.isNumber()) {
            String s = v.asText().trim();
            return s.isEmpty() ? null : s;
        }
        if (v.isObject()) {
            String s = asText(v.get("name"));
            return s != null ? s : asText(v.get("@value"));
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode x : v) {
                String s = asText(x);
                if (s != null && !parts.contains(s)) {
                    parts.add(s);
                }
            }
            return parts.isEmpty() ? null : String.join(", ", parts);
        }
        return null;
    }
}
