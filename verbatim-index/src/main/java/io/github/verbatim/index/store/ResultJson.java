package io.github.verbatim.index.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.ArticleMetadata;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.EntityRef;
import io.github.verbatim.model.PlaceRef;
import io.github.verbatim.model.Residue;
import io.github.verbatim.model.Span;
import io.github.verbatim.model.Speaker;
import io.github.verbatim.model.SpeakerRef;
import io.github.verbatim.model.TimeRef;
import io.github.verbatim.sink.JsonLinesWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The store keeps each article's result as the JSON Lines contract object ({@link JsonLinesWriter}, without
 * the text, which is stored beside it); this class writes that object and reads it back into a
 * {@link DocumentResult}: every contract field, the attributions' time, place and mentions included, so that
 * {@code read(write(r), r.article().text())} equals {@code r} (confidences are kept to the contract's three
 * decimals). Stateless and thread-safe.
 */
public final class ResultJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultJson() {
    }

    /** The contract object of {@code result}, one line, without the article text. */
    public static String write(DocumentResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonLinesWriter w = new JsonLinesWriter(bytes, false)) {
            w.write(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8).strip();
    }

    /** Parses a contract object. */
    public static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("stored result is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** Rebuilds the result from its contract object and the article text. */
    public static DocumentResult read(String json, String text) {
        JsonNode n = tree(json);
        String published = textOrNull(n.get("published"));
        ArticleMetadata meta = new ArticleMetadata(textOrNull(n.get("title")), textOrNull(n.get("url")),
                published == null ? null : LocalDate.parse(published), textOrNull(n.get("outlet")),
                textOrNull(n.get("language")), textOrNull(n.get("byline")), textOrNull(n.get("duplicate_of")));
        Article article = new Article(n.get("doc").asText(), text, meta);
        List<Attribution> attributions = new ArrayList<>();
        for (JsonNode a : n.path("attributions")) {
            attributions.add(attribution(a));
        }
        List<Speaker> speakers = new ArrayList<>();
        for (JsonNode s : n.path("speakers")) {
            speakers.add(new Speaker(s.get("id").asText(), s.get("name").asText(), strings(s.get("aliases")),
                    strings(s.get("roles")), s.path("mentions").asInt(0)));
        }
        List<Residue> residue = new ArrayList<>();
        for (JsonNode r : n.path("residue")) {
            residue.add(new Residue(new Span(r.get("start").asInt(), r.get("end").asInt()), r.get("kind").asText(),
                    r.path("text").asText("")));
        }
        return new DocumentResult(article, attributions, speakers, residue, strings(n.get("diagnostics")));
    }

    /** Rebuilds one attribution, its time, place and mentions included, from its contract object. */
    public static Attribution attribution(JsonNode a) {
        JsonNode sp = a.get("speaker");
        SpeakerRef ref = sp == null || sp.isNull() ? null
                : new SpeakerRef(sp.get("id").asText(), sp.get("name").asText());
        return new Attribution(AttributionKind.fromLabel(a.get("kind").asText()), spans(a.get("content")),
                spans(a.get("cue")), spans(a.get("source")), a.path("text").asText(""),
                a.path("cue_text").asText(""), a.path("source_text").asText(""), ref,
                a.path("confidence").asDouble(0.0), time(a.get("time")), place(a.get("place")),
                mentions(a.get("mentions")));
    }

    private static TimeRef time(JsonNode t) {
        if (t == null || t.isNull()) {
            return null;
        }
        LocalDate date = date(t.get("date"));
        LocalDate end = date(t.get("end"));
        return new TimeRef(textOrNull(t.get("text")), span(t.get("span")), date, end == null ? date : end,
                t.get("precision").asText(), t.get("source").asText(), t.path("resolved").asBoolean(date != null));
    }

    private static PlaceRef place(JsonNode p) {
        if (p == null || p.isNull()) {
            return null;
        }
        return new PlaceRef(p.get("text").asText(), span(p.get("span")), p.get("kind").asText());
    }

    private static List<EntityRef> mentions(JsonNode array) {
        List<EntityRef> mentions = new ArrayList<>();
        if (array != null) {
            for (JsonNode m : array) {
                mentions.add(new EntityRef(m.get("text").asText(), span(m.get("span")), m.get("type").asText(),
                        m.get("name").asText(), textOrNull(m.get("speaker"))));
            }
        }
        return mentions;
    }

    private static Span span(JsonNode s) {
        return s == null || s.isNull() ? null : new Span(s.get("start").asInt(), s.get("end").asInt());
    }

    private static LocalDate date(JsonNode d) {
        String value = textOrNull(d);
        return value == null ? null : LocalDate.parse(value);
    }

    private static List<Span> spans(JsonNode array) {
        List<Span> spans = new ArrayList<>();
        if (array != null) {
            for (JsonNode s : array) {
                spans.add(new Span(s.get("start").asInt(), s.get("end").asInt()));
            }
        }
        return spans;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            for (JsonNode s : array) {
                out.add(s.asText());
            }
        }
        return out;
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
