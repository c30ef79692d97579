package io.github.verbatim.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.ArticleMetadata;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.Speaker;
import io.github.verbatim.model.SpeakerRef;
import io.github.verbatim.sink.JsonLinesWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract path: a pipeline result in code points in, the same result with context out, as JSON. */
class DocumentResultContextTest {

    @Test
    void fillsTheContractFieldsInCodePoints() throws Exception {
        // an emoji before the quote makes UTF-16 and code point offsets differ by one
        String text = "\uD83D\uDCF0 Blinken speaks at NATO headquarters in Brussels on Wednesday.\n\n"
                + "\u201CWe see how Beijing and Moscow are using access to markets,\u201D says Blinken.";
        CodePointIndex index = CodePointIndex.of(text);
        String content = "We see how Beijing and Moscow are using access to markets,";
        int c0 = text.indexOf(content);
        int s0 = text.lastIndexOf("Blinken");
        Attribution a = new Attribution(AttributionKind.DIRECT, List.of(index.span(c0, c0 + content.length())),
                List.of(), List.of(index.span(s0, s0 + 7)), content, "says", "Blinken",
                new SpeakerRef("e1", "Anthony Blinken"), 0.9);
        Article article = new Article("seed", text, ArticleMetadata.EMPTY.withPublished(LocalDate.of(2021, 3, 24)));
        DocumentResult result = new DocumentResult(article, List.of(a),
                List.of(new Speaker("e1", "Anthony Blinken", List.of("Blinken"), List.of(), 2)), List.of(), List.of());

        DocumentResult annotated = ContextAnnotator.standard().annotate(result);
        Attribution out = annotated.attributions().get(0);
        assertEquals("on Wednesday", out.time().text());
        assertEquals(LocalDate.of(2021, 3, 24), out.time().date());
        assertEquals("speech", out.time().source());
        assertEquals("NATO headquarters in Brussels", out.place().text());
        int placeStart = text.indexOf("NATO headquarters");
        assertEquals(index.toCodePoint(placeStart), out.place().span().start());
        assertEquals(placeStart - 1, out.place().span().start(), "code points, not UTF-16");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonLinesWriter w = new JsonLinesWriter(bytes, false)) {
            w.write(annotated);
        }
        JsonNode json = new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8));
        JsonNode attribution = json.get("attributions").get(0);
        assertEquals("on Wednesday", attribution.get("time").get("text").asText());
        assertEquals("2021-03-24", attribution.get("time").get("date").asText());
        assertEquals("day", attribution.get("time").get("precision").asText());
        assertEquals("speech", attribution.get("time").get("source").asText());
        assertEquals("NATO headquarters in Brussels", attribution.get("place").get("text").asText());
        assertEquals("venue", attribution.get("place").get("kind").asText());
        boolean china = false;
        for (JsonNode m : attribution.get("mentions")) {
            int start = m.get("span").get("start").asInt();
            int end = m.get("span").get("end").asInt();
            assertEquals(m.get("text").asText(), text.substring(index.toChar(start), index.toChar(end)));
            china |= m.get("text").asText().equals("Beijing") && m.get("name").asText().equals("China")
                    && m.get("type").asText().equals("LOC") && m.get("speaker").isNull();
        }
        assertTrue(china, attribution.get("mentions").toString());
    }

    @Test
    void aResultWithoutAttributionsIsUnchanged() {
        DocumentResult empty = new DocumentResult(Article.of("x", "Nothing said."), List.of(), List.of(), List.of(),
                List.of());
        assertEquals(empty, ContextAnnotator.standard().annotate(empty));
    }
}
