package io.github.verbatim.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.verbatim.extract.CueLexicon;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.DocumentResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleBatcherTest {

    /** Rules only: fast, and still a real pipeline. */
    private static final Pipeline RULES = new Pipeline(CueLexicon.standard()).withoutContext();

    @Test
    void everyArticleComesOutOnceInOrder() {
        Random random = new Random(11L);
        for (int round = 0; round < 30; round++) {
            int maxArticles = 1 + random.nextInt(8);
            long maxChars = 1 + random.nextInt(400);
            List<String> seen = new ArrayList<>();
            List<Integer> pendingAtDelivery = new ArrayList<>();
            ArticleBatcher[] holder = new ArticleBatcher[1];
            holder[0] = new ArticleBatcher(RULES, maxArticles, maxChars, r -> {
                seen.add(r.article().id());
                pendingAtDelivery.add(holder[0].pending());
            });
            int n = random.nextInt(50);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String id = "a" + i;
                ids.add(id);
                holder[0].add(Article.of(id, "“Fine,” she said. ".repeat(random.nextInt(20))));
                assertEquals(true, holder[0].pending() < maxArticles, "a full batch is processed at once");
            }
            holder[0].flush();
            assertEquals(ids, seen, "round " + round);
            assertEquals(0, holder[0].pending());
            pendingAtDelivery.forEach(p -> assertEquals(0, p, "results come after the batch is taken"));
        }
    }

    @Test
    void resultsEqualProcessingEachArticleAlone() {
        List<DocumentResult> got = new ArrayList<>();
        ArticleBatcher batcher = new ArticleBatcher(RULES, 3, 1_000_000, got::add);
        List<DocumentResult> expected = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Article a = Article.of("x" + i, "“We won " + i + " times,” the coach said. Fans agreed, he added.");
            expected.add(RULES.process(a));
            batcher.add(a);
        }
        assertEquals(9, got.size(), "three full batches so far");
        batcher.flush();
        assertEquals(expected, got);
    }

    @Test
    void aLongArticleClosesItsBatchAtOnce() {
        List<String> seen = new ArrayList<>();
        ArticleBatcher batcher = new ArticleBatcher(RULES, 64, 1_000, r -> seen.add(r.article().id()));
        batcher.add(Article.of("short", "He said so."));
        assertEquals(List.of(), seen);
        batcher.add(Article.of("long", "x ".repeat(600)));
        assertEquals(List.of("short", "long"), seen);
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ArticleBatcher(RULES, 0, 10, r -> { }));
        assertThrows(IllegalArgumentException.class, () -> new ArticleBatcher(RULES, 10, 0, r -> { }));
        assertThrows(NullPointerException.class, () -> new ArticleBatcher(null, r -> { }));
        assertThrows(NullPointerException.class, () -> new ArticleBatcher(RULES, r -> { }).add(null));
    }
}
