package io.github.verbatim.index.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.verbatim.model.DocumentResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browsing views over stores of synthetic articles: links agree with search, counts add up. */
class StoreViewsTest {

    @Test
    void articleSpeakerAndFacetViewsAgreeWithSearch(@TempDir Path dir) throws Exception {
        List<DocumentResult> input = new ArrayList<>(SyntheticResults.series(40));
        Collections.shuffle(input, new Random(7));
        try (StoreWriter w = StoreWriter.open(dir, 9)) {
            for (DocumentResult r : input) {
                w.add(r);
            }
            w.rebuildAggregates();
        }
        try (StoreReader r = StoreReader.open(dir)) {
            StoreViews views = new StoreViews(r);
            SearchResults all = r.search(SearchRequest.of("*", 100));
            assertEquals(40, all.total());
            for (StatementHit h : all.hits()) {
                ObjectNode article = views.article(h.articleKey()).orElseThrow();
                assertEquals(h.statementId(), article.path("statements").get(0).asText());
                String speakerId = views.speakerIdOf(h.articleKey(), "e1");
                assertNotNull(speakerId, h.id());
                assertEquals(speakerId, article.path("speaker_ids").get(0).path("speaker").asText());
                assertEquals(h.speaker(), views.speaker(speakerId).orElseThrow().path("name").asText());
                assertEquals(views.articleText(h.articleKey()).orElseThrow(), article.path("text").asText());
            }
            int statements = 0;
            for (JsonNode s : r.speakers(10)) {
                JsonNode activity = views.speakerActivity(s.path("id").asText(), 3, 5).orElseThrow();
                int sum = activity.path("undated").asInt();
                for (JsonNode m : activity.path("months")) {
                    sum += m.path("statements").asInt();
                }
                assertEquals(s.path("statements").asInt(), activity.path("statements_total").asInt());
                assertEquals(activity.path("statements_total").asInt(), sum, "months add up");
                assertEquals(Math.min(3, sum), activity.path("recent").size());
                statements += sum;
            }
            assertEquals(40, statements, "every statement belongs to exactly one speaker");

            ObjectNode facets = views.facets(SearchRequest.of("*", 1), 10);
            assertEquals(40, facets.path("counted").asInt());
            for (String f : new String[] {"speaker", "outlet", "kind"}) {
                int sum = 0;
                for (JsonNode v : facets.path(f)) {
                    sum += v.path("count").asInt();
                }
                assertEquals(40, sum, f);
            }
            SearchRequest narrow = new SearchRequest("climate", null, null, null, "BBC", null, 1);
            assertEquals(r.search(narrow).total(), views.facets(narrow, 10).path("counted").asLong());
            assertFalse(views.article("url:https://nowhere.example").isPresent());
            assertFalse(views.speaker("sp-nope").isPresent());
            assertTrue(views.speakerIdOf("url:https://nowhere.example", "e1") == null);
        }
    }
}
