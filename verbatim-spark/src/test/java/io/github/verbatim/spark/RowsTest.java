package io.github.verbatim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.ArticleMetadata;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.EntityRef;
import io.github.verbatim.model.PlaceRef;
import io.github.verbatim.model.Span;
import io.github.verbatim.model.SpeakerRef;
import io.github.verbatim.model.TimeRef;
import io.github.verbatim.sink.JsonLinesWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The executor-side conversions without a Spark session: {@link ArticleRecord} round-trips articles, and
 * {@link AttributionTable} rows carry exactly what the JSON Lines contract writes, on seeded random results.
 */
class RowsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void articleRecordsRoundTripEveryField() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            Article a = randomArticle(random, i);
            ArticleRecord r = ArticleRecord.of(i, "file:/x", "file:/x:" + i, a);
            assertEquals(a, r.toArticle(null));
            assertEquals("first", r.toArticle("first").metadata().duplicateOf());
        }
    }

    @Test
    void attributionRowsCarryTheContractFieldsOfRandomResults() throws IOException {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            DocumentResult result = randomResult(random, i);
            List<Row> rows = AttributionTable.rows("key" + i, "file:/in:" + i, result);
            JsonNode contract = contract(result);
            assertEquals(contract.path("attributions").size(), rows.size());
            for (int k = 0; k < rows.size(); k++) {
                Row row = rows.get(k);
                JsonNode a = contract.path("attributions").get(k);
                assertEquals(AttributionTable.SCHEMA.size(), row.size());
                assertEquals(k, (int) row.getAs(11));
                assertEquals(contract.path("doc").asText(), row.get(2));
                assertEquals(text(contract, "published"), row.get(4));
                assertEquals(text(contract, "duplicate_of"), row.get(9));
                assertEquals(row.get(9) != null, row.get(10));
                assertEquals(a.path("kind").asText(), row.get(12));
                assertEquals(spans(a.path("content")), spans((Row[]) row.get(13)));
                assertEquals(spans(a.path("cue")), spans((Row[]) row.get(14)));
                assertEquals(spans(a.path("source")), spans((Row[]) row.get(15)));
                assertEquals(a.path("text").asText(), row.get(16));
                if (a.path("speaker").isNull()) {
                    assertNull(row.get(19));
                } else {
                    assertEquals(a.path("speaker").path("id").asText(), row.get(19));
                    assertEquals(a.path("speaker").path("name").asText(), row.get(20));
                }
                assertEquals(a.path("confidence").asDouble(), (double) row.get(21));
                JsonNode time = a.path("time");
                assertEquals(text(time, "text"), column(row, "time_text"));
                assertEquals(text(time, "date"), column(row, "time_date"));
                assertEquals(time.has("end") ? text(time, "end") : text(time, "date"), column(row, "time_end"));
                assertEquals(text(time, "precision"), column(row, "time_precision"));
                assertEquals(text(time, "source"), column(row, "time_source"));
                assertEquals(text(a.path("place"), "text"), column(row, "place_text"));
                assertEquals(text(a.path("place"), "kind"), column(row, "place_kind"));
                assertEquals(a.path("mentions"), JSON.readTree((String) column(row, "mentions")));
            }
        }
    }

    private static JsonNode contract(DocumentResult result) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonLinesWriter w = new JsonLinesWriter(bytes, false)) {
            w.write(result);
        }
        return JSON.readTree(bytes.toString(StandardCharsets.UTF_8));
    }

    /** A column by name: rows built outside a session carry no schema of their own. */
    private static Object column(Row row, String name) {
        return row.get(AttributionTable.SCHEMA.fieldIndex(name));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String spans(JsonNode array) {
        StringBuilder b = new StringBuilder();
        array.forEach(s -> b.append(s.path("start").asInt()).append('-').append(s.path("end").asInt()).append(','));
        return b.toString();
    }

    private static String spans(Row[] rows) {
        StringBuilder b = new StringBuilder();
        for (Row s : rows) {
            b.append(s.getInt(0)).append('-').append(s.getInt(1)).append(',');
        }
        return b.toString();
    }

    private static Article randomArticle(Random random, int i) {
        String text = "Text " + i + " \u201cquoted\u201d \uD83D\uDE00 " + random.nextInt(1000);
        return new Article("doc-" + i, text, new ArticleMetadata(maybe(random, "Title " + i),
                maybe(random, "https://example.org/" + i), random.nextBoolean() ? LocalDate.of(2024, 1, 1 + i % 28) : null,
                maybe(random, "Outlet"), maybe(random, "en"), maybe(random, "A. Writer"), maybe(random, "doc-0")));
    }

    private static DocumentResult randomResult(Random random, int i) {
        Article article = randomArticle(random, i);
        int length = article.text().codePointCount(0, article.text().length());
        List<Attribution> attributions = new ArrayList<>();
        for (int k = random.nextInt(5); k > 0; k--) {
            int s = random.nextInt(length);
            int e = s + random.nextInt(length - s + 1);
            List<Span> content = random.nextBoolean() ? List.of(new Span(s, e)) : List.of(new Span(s, e), new Span(e, e));
            List<Span> cue = random.nextBoolean() ? List.of() : List.of(new Span(0, Math.min(4, length)));
            SpeakerRef speaker = random.nextBoolean() ? null : new SpeakerRef("e" + k, "Name " + k);
            attributions.add(new Attribution(AttributionKind.values()[random.nextInt(AttributionKind.values().length)],
                    content, cue, List.of(), "content " + k, cue.isEmpty() ? "" : "said", "", speaker,
                    random.nextDouble()).withContext(randomTime(random, s, e), randomPlace(random, s, e),
                    randomMentions(random, s, e)));
        }
        return new DocumentResult(article, attributions, List.of(), List.of(), List.of());
    }

    private static TimeRef randomTime(Random random, int s, int e) {
        LocalDate day = LocalDate.of(2021, 3, 1 + random.nextInt(28));
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> new TimeRef(null, null, day, day.plusDays(6), "week", "article", true);
            case 2 -> new TimeRef("on Wednesday \u201cthen\u201d", new Span(s, e), null, null, "day", "speech", false);
            default -> new TimeRef("on Wednesday", new Span(s, e), day, day, "day", "statement", true);
        };
    }

    private static PlaceRef randomPlace(Random random, int s, int e) {
        return random.nextBoolean() ? null : new PlaceRef("Br\u00fcssel", new Span(s, e), "venue");
    }

    private static List<EntityRef> randomMentions(Random random, int s, int e) {
        List<EntityRef> out = new ArrayList<>();
        for (int m = random.nextInt(3); m > 0; m--) {
            out.add(new EntityRef("Beijing \"" + m + "\"", new Span(s, e), "LOC", "China",
                    random.nextBoolean() ? null : "e" + m));
        }
        return out;
    }

    private static String maybe(Random random, String value) {
        return random.nextInt(3) == 0 ? null : value;
    }
}
