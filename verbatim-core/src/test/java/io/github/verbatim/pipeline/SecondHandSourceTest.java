package io.github.verbatim.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.extract.CueLexicon;
import io.github.verbatim.extract.ExtractionInput;
import io.github.verbatim.extract.TokenText;
import io.github.verbatim.extract.quote.QuoteScanner;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SecondHandSourceTest {

    private static ExtractionInput input(String text) {
        Segmentation seg = new Segmenter().segment(text);
        TokenText forms = TokenText.of(seg);
        return new ExtractionInput(Article.of("t", text), seg, forms,
                new QuoteScanner(CueLexicon.standard()).scan(seg, forms, CodePointIndex.of(text)), List.of());
    }

    private static CharRange range(String text, String needle) {
        int at = text.indexOf(needle);
        if (at < 0) {
            throw new AssertionError("no " + needle);
        }
        return new CharRange(at, at + needle.length());
    }

    private static Candidate candidate(String text, String content, String cue, String source) {
        return new Candidate(AttributionKind.DIRECT, List.of(range(text, content)), range(text, cue),
                range(text, source), 0.9, "test");
    }

    private static String slice(String text, CharRange r) {
        return text.substring(r.start(), r.end());
    }

    @Test
    void aPostPosedAccountTakesTheQuotation() {
        String text = "“Delegates should be able to vote the way they see fit,” Walker said, according to an "
                + "Associated Press account. Others disagreed.";
        Candidate c = candidate(text, "Delegates should be able to vote the way they see fit,", "said", "Walker");
        Candidate out = new SecondHandSource().apply(input(text), List.of(c)).get(0);
        assertEquals("according to", slice(text, out.cue()));
        assertEquals("an Associated Press account", slice(text, out.source()));
        assertEquals(c.content(), out.content());
    }

    @Test
    void aSentenceOpeningAccountTakesTheStatement() {
        String text = "According to Yahoo News, Clinton spokesman Jesse Lehrich said Friday that “she would sign "
                + "this legislation if it came to her desk.”";
        Candidate c = candidate(text, "that “she would sign this legislation if it came to her desk.”", "said",
                "Clinton spokesman Jesse Lehrich");
        Candidate out = new SecondHandSource().apply(input(text), List.of(c)).get(0);
        assertEquals("According to", slice(text, out.cue()));
        assertEquals("Yahoo News", slice(text, out.source()));
    }

    @Test
    void theStandardPipelineCreditsTheAccount() {
        String text = "The governor spoke in Madison on Tuesday.\n\n“Delegates are and should be able to vote the "
                + "way they see fit,” Walker said, according to an Associated Press account.";
        DocumentResult r = Pipeline.standard().process(Article.of("t", text));
        boolean found = false;
        for (Attribution a : r.attributions()) {
            if (a.text().contains("Delegates are")) {
                assertEquals("an Associated Press account", a.sourceText());
                assertEquals("according to", a.cueText());
                found = true;
            }
        }
        assertTrue(found, r.attributions().toString());
    }

    @Test
    void accountsElsewhereOrInsideQuotationsOrTakenLeaveTheStatement() {
        SecondHandSource stage = new SecondHandSource();
        // in another sentence
        String other = "“We will win,” Walker said. The poll was wrong, according to his aides.";
        Candidate c1 = candidate(other, "We will win,", "said", "Walker");
        assertSame(c1, stage.apply(input(other), List.of(c1)).get(0));
        // inside the quotation itself
        String quoted = "Walker said, “according to the rules, we will win.”";
        Candidate c2 = candidate(quoted, "“according to the rules, we will win.”", "said", "Walker");
        assertSame(c2, stage.apply(input(quoted), List.of(c2)).get(0));
        // mid-sentence, not after a comma and not opening it
        String mid = "Walker said the delegates would vote according to their conscience.";
        Candidate c3 = candidate(mid, "the delegates would vote according to their conscience", "said", "Walker");
        assertSame(c3, stage.apply(input(mid), List.of(c3)).get(0));
        // already the cue of another statement
        String taken = "“We will win,” Walker said, according to aides who heard him.";
        Candidate c4 = candidate(taken, "We will win,", "said", "Walker");
        Candidate own = new Candidate(AttributionKind.INDIRECT, List.of(range(taken, "who heard him")),
                range(taken, "according to"), range(taken, "aides"), 0.5, "test");
        assertSame(c4, stage.apply(input(taken), List.of(c4, own)).get(0));
    }

    @Test
    void randomTextsKeepContentAndMoveOnlyToAccordingTo() {
        Random random = new Random(11);
        String[] words = {"According", "according", "to", "said", "Walker", "the", "AP", ",", ".", "“", "”",
                "aides", "report", "\n\n", "that", "we"};
        SecondHandSource stage = new SecondHandSource();
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(50);
            for (int i = 0; i < n; i++) {
                b.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            }
            String text = b.toString();
            ExtractionInput in = input(text);
            List<Candidate> candidates = new ArrayList<>();
            for (int k = 0; k < 4 && text.length() > 2; k++) {
                int a = random.nextInt(text.length() - 1);
                int e = a + 1 + random.nextInt(Math.min(20, text.length() - a - 1));
                int cs = random.nextInt(text.length() - 1);
                int ce = cs + 1 + random.nextInt(Math.min(8, text.length() - cs - 1));
                candidates.add(new Candidate(AttributionKind.DIRECT, List.of(new CharRange(a, e)),
                        random.nextBoolean() ? new CharRange(cs, ce) : null, null, 0.5, "random"));
            }
            List<Candidate> out = stage.apply(in, candidates);
            assertEquals(candidates.size(), out.size(), text);
            for (int i = 0; i < out.size(); i++) {
                Candidate before = candidates.get(i);
                Candidate after = out.get(i);
                assertEquals(before.content(), after.content(), text);
                if (after != before) {
                    assertEquals("according to", slice(text, after.cue()).toLowerCase(Locale.ROOT), text);
                    assertTrue(after.source().end() <= text.length() && after.source().start() < after.source().end());
                    for (CharRange r : after.content()) {
                        assertFalse(r.overlaps(after.source()) || r.overlaps(after.cue()), text);
                    }
                }
            }
        }
    }
}
