package io.github.verbatim.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.Residue;
import io.github.verbatim.model.Span;
import io.github.verbatim.model.Speaker;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Seeded random texts checked against the pipeline's contract. */
class PipelineInvariantsTest {

    private static final String[] PIECES = {"the", "senator", "said", "told", "reporters", "that", "according",
        "to", "he", "she", "Blinken", "Anthony", "Secretary", "of", "State", "White", "House", "statement", ",",
        ".", ":", "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "\n", "\n\n", "ALSO READ:", "Read more",
        "highlighting", "—", "(", ")", "Mr.", "😀", "\u00A0", "\t", "called", "“a disaster”", "says"};

    private static void check(String text) {
        DocumentResult r = Pipeline.standard().process(Article.of("random", text));
        int length = text.codePointCount(0, text.length());
        Set<String> ids = new HashSet<>();
        for (Speaker s : r.speakers()) {
            ids.add(s.id());
        }
        for (String d : r.diagnostics()) {
            assertFalse(d.startsWith("internal error"), () -> d + " for " + text);
        }
        assertTrue(r.diagnostics().size() <= 51, "diagnostics are bounded");
        for (Attribution a : r.attributions()) {
            for (Span s : a.content()) {
                assertTrue(s.end() <= length, () -> "content past the end in " + text);
                for (Residue res : r.residue()) {
                    assertFalse(s.overlaps(res.span()), () -> "content overlaps residue in " + text);
                }
            }
            a.cue().forEach(s -> assertTrue(s.end() <= length));
            a.source().forEach(s -> assertTrue(s.end() <= length));
            assertTrue(a.speaker() == null || ids.contains(a.speaker().id()), "speaker is listed");
        }
    }

    @Test
    void randomArticlesKeepTheContract() {
        Random random = new Random(7L);
        for (int round = 0; round < 500; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(120);
            for (int i = 0; i < n; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                b.append(random.nextInt(4) == 0 ? "" : " ");
            }
            check(b.toString());
        }
    }

    @Test
    void aTwentyMegabyteOneLineTextGetsABestEffortResult() {
        StringBuilder b = new StringBuilder(21 * 1024 * 1024);
        String filler = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ";
        String statement = "the senator said that the plan would fail, “we will win,” he said, ";
        for (int i = 0; b.length() < 20 * 1024 * 1024; i++) {
            b.append(i % 8 == 0 ? statement : filler); // one line, one sentence, no paragraph break
        }
        DocumentResult r = Pipeline.standard().process(Article.of("big", b.toString()));
        assertFalse(r.attributions().isEmpty());
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.startsWith("internal error")), r.diagnostics().toString());
    }

    @Test
    void oneInstanceServesManyThreadsWithTheSameResults() throws Exception {
        String text = "US Secretary of State Anthony Blinken spoke.\n\n“We are allies,” he said. "
                + "According to officials, the talks went well.\n\n“We will act,” Blinken said.";
        DocumentResult expected = Pipeline.standard().process(Article.of("t", text));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<DocumentResult>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                futures.add(pool.submit(() -> Pipeline.standard().process(Article.of("t", text))));
            }
            for (java.util.concurrent.Future<DocumentResult> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void degenerateTextsKeepTheContract() {
        check("");
        check("“");
        check("”".repeat(5000));
        check("\"".repeat(5001));
        check("“”\"'‘’«»„".repeat(3000));
        check("said ".repeat(4000));
        check(", said he".repeat(3000));
        check("\n".repeat(1000));
        check("\uD83D");
    }
}
