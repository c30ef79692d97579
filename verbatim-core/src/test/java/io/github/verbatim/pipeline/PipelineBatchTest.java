package io.github.verbatim.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.extract.CueLexicon;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.testing.SharedData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Pipeline#processAll} gives every article exactly what {@link Pipeline#process} gives it alone, and a
 * failure inside one article's work touches no other article of the batch.
 */
class PipelineBatchTest {

    private static final String SEED = "“We will win,” Jane Doe said on Tuesday in Paris. Taxes are too high, "
            + "critics say, according to a statement from the White House.\n\nShe told reporters: “Nothing changes.";

    private static List<DocumentResult> oneByOne(Pipeline pipeline, List<Article> articles) {
        List<DocumentResult> out = new ArrayList<>();
        for (Article a : articles) {
            out.add(pipeline.process(a));
        }
        return out;
    }

    @Test
    void aBatchGivesEachArticleWhatItGetsAlone() {
        List<Article> articles = List.of(Article.of("a", SEED), Article.of("b", ""), Article.of("c", "\u0000\uFFFD"),
                Article.of("d", SEED.replace("Jane Doe", "the minister")), Article.of("e", SEED));
        assertEquals(oneByOne(Pipeline.standard(), articles), Pipeline.standard().processAll(articles));
        assertEquals(List.of(), Pipeline.standard().processAll(List.of()));
    }

    @Test
    void seededRandomBatchesMatchArticleByArticle() {
        String[] pieces = {"the", "senator", "said", "told", "reporters", "that", "according", "to", "he", "she",
            "Blinken", "Secretary", "of", "State", "on", "Monday", "in", "Brussels", ",", ".", ":", "“", "”", "\"",
            "‘", "’", "\n", "\n\n", "ALSO READ:", "—", "(", ")", "Mr.", "😀", "called", "“a disaster”", "says"};
        Random random = new Random(20261128L);
        for (int round = 0; round < 20; round++) {
            List<Article> batch = new ArrayList<>();
            int size = 1 + random.nextInt(40);
            for (int a = 0; a < size; a++) {
                StringBuilder b = new StringBuilder();
                int n = random.nextInt(150);
                for (int i = 0; i < n; i++) {
                    b.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
                }
                batch.add(Article.of("r" + round + "-" + a, b.toString()));
            }
            assertEquals(oneByOne(Pipeline.standard(), batch), Pipeline.standard().processAll(batch),
                    "round " + round);
        }
    }

    @Test
    void aFailureInOneArticleStaysInThatArticle() {
        Pipeline failing = new Pipeline(CueLexicon.standard()).withStage((input, found) -> {
            if (input.article().id().equals("bad")) {
                throw new StackOverflowError("deep");
            }
            return found;
        });
        List<Article> batch = List.of(Article.of("good1", SEED), Article.of("bad", SEED), Article.of("good2", SEED));
        List<DocumentResult> results = failing.processAll(batch);
        assertEquals(3, results.size());
        DocumentResult bad = results.get(1);
        assertEquals("bad", bad.article().id());
        assertEquals(List.of(), bad.attributions());
        assertTrue(bad.diagnostics().get(bad.diagnostics().size() - 1)
                .startsWith("internal error, no attributions reported: java.lang.StackOverflowError: deep"),
                bad.diagnostics().toString());
        assertEquals(bad, failing.process(batch.get(1)), "the same as alone");
        DocumentResult alone = new Pipeline(CueLexicon.standard()).process(batch.get(0));
        assertTrue(alone.attributions().size() > 0);
        assertEquals(alone.attributions(), results.get(0).attributions());
        assertEquals(alone.attributions(), results.get(2).attributions());
    }

    @Test
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> Pipeline.standard().processAll(null));
        assertThrows(NullPointerException.class,
                () -> Pipeline.standard().processAll(Arrays.asList(Article.of("a", "x"), null)));
    }

    @Test
    void realNewsArticlesInBatchesMatchArticleByArticle() throws IOException {
        List<Article> articles = SharedData.newsMix(400);
        List<DocumentResult> alone = oneByOne(Pipeline.standard(), articles);
        List<DocumentResult> batched = new ArrayList<>();
        for (int i = 0; i < articles.size(); i += 64) {
            batched.addAll(Pipeline.standard().processAll(articles.subList(i, Math.min(articles.size(), i + 64))));
        }
        assertEquals(alone, batched);
    }
}
