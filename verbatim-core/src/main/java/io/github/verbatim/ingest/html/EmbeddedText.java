package io.github.verbatim.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article text a page carries outside its markup, for pages rendered by scripts: the JSON-LD
 * {@code articleBody}, else the script-embedded string ({@code __NEXT_DATA__} and other JSON data islands,
 * React server-component pushes) that yields the most article text. Used only when
 * the markup itself yields (almost) nothing. Stateless.
 */
final class EmbeddedText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MIN_CHARS = 400;
    private static final int MAX_ISLAND_CHARS = 8_000_000;

    private EmbeddedText() {
    }

    /** A script's text, kept unparsed until the markup proves empty: JSON data, or a server-component push. */
    record Island(String data, boolean json) {
    }

    /**
     * The page's scripts that may carry the article: JSON data islands ({@code __NEXT_DATA__},
     * {@code type="application/json"}) and React server-component pushes ({@code self.__next_f.push(...)}).
     * Cheap (nothing is parsed); call before the document is pruned.
     */
    static List<Island> islands(Document doc) {
        List<Island> out = new ArrayList<>();
        for (Element script : doc.getElementsByTag("script")) {
            String data = script.data();
            if (data.length() < MIN_CHARS || data.length() > MAX_ISLAND_CHARS) {
                continue;
            }
            if (script.attr("type").equalsIgnoreCase("application/json") || script.id().equals("__NEXT_DATA__")) {
                out.add(new Island(data, true));
            } else if (data.startsWith(FLIGHT_PUSH) && data.endsWith(")")) {
                out.add(new Island(data, false));
            }
        }
        return out;
    }

    /** The candidate text an island holds, or null. */
    private static String text(Island island) {
        try {
            if (island.json()) {
                return longestString(JSON.readTree(island.data()));
            }
            String data = island.data();
            JsonNode args = JSON.readTree(data.substring(FLIGHT_PUSH.length(), data.length() - 1));
            return args.isArray() && args.size() > 1 && args.get(1).isTextual() ? args.get(1).asText() : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static final String FLIGHT_PUSH = "self.__next_f.push(";

    /** Paragraphs from JSON-LD or the script strings; empty when neither holds article text. */
    static List<String> paragraphs(List<JsonNode> jsonLd, List<Island> islands) {
        for (JsonNode n : jsonLd) {
            String body = JsonLd.text(n, "articleBody");
            if (body != null && body.length() >= MIN_CHARS) {
                return fromText(body);
            }
        }
        List<String> best = List.of();
        int bestChars = MIN_CHARS - 1;
        for (Island island : islands) {
            String text = text(island);
            if (text == null) {
                continue;
            }
            List<String> paragraphs = fromText(text);
            int chars = paragraphs.stream().mapToInt(String::length).sum();
            if (chars > bestChars) {
                best = paragraphs;
                bestChars = chars;
            }
        }
        return best;
    }

    private static List<String> fromText(String text) {
        if (text.contains("<p") || text.contains("<br") || text.contains("<div")) {
            List<String> paragraphs = MainContentExtractor.extract(Jsoup.parseBodyFragment(text));
            return isProse(String.join("\n", paragraphs)) ? paragraphs : List.of();
        }
        if (!isProse(text)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\s*\\n\\s*")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Prose, not serialised data: under 1% JSON punctuation. */
    private static boolean isProse(String text) {
        int data = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '}' || c == '[' || c == ']' || c == '"') {
                data++;
            }
        }
        return data * 100 < text.length();
    }

    /** The longest string value with spaces in it (prose, not an id or URL), found without recursion. */
    private static String longestString(JsonNode root) {
        String best = null;
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            JsonNode n = stack.pop();
            if (n.isTextual()) {
                String s = n.asText();
                if ((best == null || s.length() > best.length()) && s.indexOf(' ') >= 0 && !s.startsWith("http")) {
                    best = s;
                }
            } else if (n.isContainerNode()) {
                n.forEach(stack::push);
            }
        }
        return best;
    }
}
