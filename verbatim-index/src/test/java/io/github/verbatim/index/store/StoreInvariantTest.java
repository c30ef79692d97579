package io.github.verbatim.index.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.verbatim.model.DocumentResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeded: articles fed in random order, with repeats, over several writer sessions, are stored once each. */
class StoreInvariantTest {

    @Test
    void anyOrderAnyRepeatsAnySessionsStoreEachArticleOnce(@TempDir Path dir) throws Exception {
        Random random = new Random(7_2026L);
        for (int trial = 0; trial < 2; trial++) {
            Path store = dir.resolve("s" + trial);
            List<DocumentResult> feed = new ArrayList<>();
            Set<String> expected = new TreeSet<>();
            for (int k = 0; k < 60; k++) {
                DocumentResult r = SyntheticResults.numbered(random.nextInt(40));
                feed.add(r);
                expected.add(ArticleKey.of(r.article()));
            }
            int at = 0;
            while (at < feed.size()) {
                int session = 1 + random.nextInt(30);
                try (StoreWriter w = StoreWriter.open(store, 1 + random.nextInt(10))) {
                    for (int i = at; i < Math.min(feed.size(), at + session); i++) {
                        w.add(feed.get(i));
                    }
                    if (random.nextBoolean()) {
                        w.rebuildAggregates();
                    }
                }
                at += session;
            }
            try (StoreWriter w = StoreWriter.open(store, 10)) {
                w.rebuildAggregates();
            }
            try (StoreReader r = StoreReader.open(store)) {
                assertEquals(new ArrayList<>(expected), r.articleKeys());
                assertEquals(expected.size(), r.counts().attributions());
                assertEquals(expected.size(), r.search(SearchRequest.of("progress", 500)).total());
            }
        }
    }
}
