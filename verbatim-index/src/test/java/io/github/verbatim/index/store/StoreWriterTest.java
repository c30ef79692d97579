package io.github.verbatim.index.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.DocumentResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreWriterTest {

    private static final String QUOTE = "We see alliances as an essential part of our foreign policy and we will"
            + " rebuild them with our partners in Europe";
    private static final String ALTERED = "We see alliances as a vital part of our foreign policy and we shall"
            + " rebuild them with our partners in Europe";

    private static void index(Path store, List<DocumentResult> results) throws Exception {
        try (StoreWriter w = StoreWriter.open(store, 7)) {
            for (DocumentResult r : results) {
                w.add(r);
            }
            w.rebuildAggregates();
        }
    }

    @Test
    void indexingTheSameInputTwiceChangesNothing(@TempDir Path dir) throws Exception {
        List<DocumentResult> input = SyntheticResults.series(25);
        index(dir, input);
        StoreCounts first;
        List<String> keys;
        try (StoreReader r = StoreReader.open(dir)) {
            first = r.counts();
            keys = r.articleKeys();
        }
        try (StoreWriter w = StoreWriter.open(dir, 7)) {
            for (DocumentResult d : input) {
                assertTrue(w.isStored(d.article()));
                assertEquals(AddOutcome.ALREADY_STORED, w.add(d));
            }
            assertFalse(w.isStored(SyntheticResults.numbered(99).article()));
            assertTrue(w.aggregatesCurrent());
        }
        try (StoreReader r = StoreReader.open(dir)) {
            assertEquals(first, r.counts());
            assertEquals(keys, r.articleKeys());
        }
        assertEquals(25, first.articles());
        assertEquals(25, first.attributions());
    }

    @Test
    void sameUrlIsOneArticleAndUrlsAreCanonicalised() {
        assertEquals(ArticleKey.canonicalUrl("https://Example.org:443/a/b/?utm_source=x&id=3#top"),
                ArticleKey.canonicalUrl("https://example.org/a/b?id=3"));
    }

    @Test
    void quoteTrailAcrossThreeOutletsWithOneAlteredQuote(@TempDir Path dir) throws Exception {
        index(dir, List.of(
                SyntheticResults.quoted("r.txt", "https://reuters.example/a", "Reuters", LocalDate.of(2021, 3, 24),
                        "Antony Blinken", QUOTE),
                SyntheticResults.quoted("ap.txt", "https://ap.example/b", "AP", LocalDate.of(2021, 3, 25),
                        "Antony Blinken", QUOTE),
                SyntheticResults.quoted("d.txt", "https://daily.example/c", "Daily Example",
                        LocalDate.of(2021, 3, 26), "Anthony Blinken", ALTERED),
                SyntheticResults.quoted("x.txt", null, "Other", LocalDate.of(2021, 3, 26), "Angela Merkel",
                        "The weather in Brussels was fine all week and the talks went well")));
        try (StoreReader r = StoreReader.open(dir)) {
            StoreCounts c = r.counts();
            assertEquals(4, c.articles());
            assertEquals(2, c.statements());
            SearchResults found = r.search(SearchRequest.of("alliances", 10));
            assertEquals(3, found.total());
            String id = found.hits().get(0).statementId();
            assertTrue(found.hits().stream().allMatch(h -> id.equals(h.statementId())));
            JsonNode s = r.statement(id).orElseThrow();
            assertEquals(3, s.get("reports").size());
            assertEquals("Reuters", s.get("earliest").get("outlet").asText());
            assertEquals(1, s.get("variants").size());
            JsonNode v = s.get("variants").get(0);
            assertEquals("Daily Example", v.get("outlets").get(0).asText());
            assertEquals("[-an essential-]{+a vital+}", v.get("edits").get(0).get("diff").asText());
            assertEquals("[-will-]{+shall+}", v.get("edits").get(1).get("diff").asText());
            // the statement lists every speaker name its reports use
            assertEquals(2, s.get("speakers").size());
        }
    }

    @Test
    void filtersAndHighlighting(@TempDir Path dir) throws Exception {
        index(dir, SyntheticResults.series(24));
        try (StoreReader r = StoreReader.open(dir)) {
            SearchResults climate = r.search(SearchRequest.of("climate", 50));
            assertEquals(4, climate.total());
            StatementHit hit = climate.hits().get(0);
            assertTrue(hit.highlighted("[", "]").contains("[climate]"), hit.highlighted("[", "]"));
            SearchRequest bySpeaker = new SearchRequest("progress", "Merkel", null, null, null, null, 50);
            assertEquals(6, r.search(bySpeaker).total());
            SearchRequest byOutlet = new SearchRequest("progress", null, null, null, "bbc", null, 50);
            assertEquals(6, r.search(byOutlet).total());
            SearchRequest byDate = new SearchRequest("*", null, LocalDate.of(2021, 1, 3), LocalDate.of(2021, 1, 5),
                    null, AttributionKind.DIRECT, 50);
            SearchResults dated = r.search(byDate);
            assertEquals(3, dated.total());
            assertEquals("2021-01-05", dated.hits().get(0).published());
            assertEquals(0, r.search(new SearchRequest("progress", null, null, null, null, AttributionKind.INDIRECT,
                    5)).total());
            InvalidQueryException bad = assertThrows(InvalidQueryException.class,
                    () -> r.search(SearchRequest.of("alliances AND (", 5)));
            assertTrue(bad.getMessage().startsWith("cannot parse query"), bad.getMessage());
            List<JsonNode> speakers = r.speakers(10);
            assertFalse(speakers.isEmpty());
            assertTrue(speakers.get(0).get("statements").asInt() >= speakers.get(speakers.size() - 1)
                    .get("statements").asInt());
        }
    }

    @Test
    void storedResultRoundTripsThroughTheContractJson() {
        DocumentResult r = SyntheticResults.numbered(5);
        assertEquals(r, ResultJson.read(ResultJson.write(r), r.article().text()));
    }
}
