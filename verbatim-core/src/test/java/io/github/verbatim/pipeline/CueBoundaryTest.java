package io.github.verbatim.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.extract.CueLexicon;
import io.github.verbatim.extract.ExtractionInput;
import io.github.verbatim.extract.TokenText;
import io.github.verbatim.extract.quote.QuoteScanner;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CueBoundaryTest {

    /** The cue {@code cue} (its first occurrence after {@code after}) of {@code text}, normalised. */
    private static String normalised(String text, String after, String cue) {
        Segmentation seg = new Segmenter().segment(text);
        int at = text.indexOf(cue, text.indexOf(after) + after.length());
        CharRange r = CueBoundary.normalised(seg, TokenText.of(seg), new CharRange(at, at + cue.length()));
        return text.substring(r.start(), r.end());
    }

    @Test
    void theVerbGroupJoinsTheCue() {
        assertEquals("has also said", normalised("The senator has also said that taxes rise.", "senator", "said"));
        assertEquals("did not say", normalised("The senator did not say whether taxes rise.", "senator", "say"));
        assertEquals("hasn’t said", normalised("The senator hasn’t said whether taxes rise.", "senator", "said"));
        assertEquals("would have described", normalised("Few would have described it so.", "Few", "have described"));
        assertEquals("repeatedly pronounced", normalised("He repeatedly pronounced it dead.", "He", "pronounced"));
        assertEquals("later confirmed", normalised("Police later confirmed the arrest.", "Police", "confirmed"));
        assertEquals("pointed out", normalised("Smith pointed out that it rained.", "Smith", "pointed"));
    }

    @Test
    void otherNeighboursStayOut() {
        // a capitalised word is a name or a sentence start, not an auxiliary
        assertEquals("wrote", normalised("George Will wrote that it rained.", "George", "wrote"));
        // a copula before a noun phrase, a modal before "to", words across a comma or a line
        assertEquals("a belief", normalised("It is a belief that it rains.", "It", "a belief"));
        assertEquals("to promote", normalised("They could to promote it.", "They", "to promote"));
        assertEquals("said", normalised("Rain, also, said the clerk.", "Rain", "said"));
        assertEquals("said", normalised("It was also\nsaid to rain.", "It", "said"));
        // "only" and "early" are no adverbs of a verb group; "that" stays outside the cue
        assertEquals("said", normalised("Smith only said that it rained.", "Smith", "said"));
        assertEquals("argued", normalised("Smith argued that it rained.", "Smith", "argued"));
    }

    @Test
    void aGrownCueNeverTakesTheCandidatesSource() {
        String text = "Those who have said it rained were wrong. Smith has argued that it rained.";
        Segmentation seg = new Segmenter().segment(text);
        TokenText forms = TokenText.of(seg);
        ExtractionInput input = new ExtractionInput(Article.of("t", text), seg, forms,
                new QuoteScanner(CueLexicon.standard()).scan(seg, forms, CodePointIndex.of(text)), List.of());
        CharRange said = range(text, "said", 0);
        CharRange rained = range(text, "it rained", 0);
        Candidate sourceIsHave = new Candidate(AttributionKind.INDIRECT, List.of(rained), said,
                range(text, "have", 0), 0.6, "learned");
        Candidate argued = new Candidate(AttributionKind.INDIRECT, List.of(range(text, "that it rained", 0)),
                range(text, "argued", 0), range(text, "Smith", 0), 0.6, "learned");
        List<Candidate> out = CueBoundary.applied(input, List.of(sourceIsHave, argued));
        assertSame(sourceIsHave, out.get(0));
        assertEquals(range(text, "has argued", 0), out.get(1).cue());
        List<Candidate> none = List.of(sourceIsHave);
        assertSame(none, CueBoundary.applied(input, none));
    }

    private static CharRange range(String text, String needle, int from) {
        int at = text.indexOf(needle, from);
        assertTrue(at >= 0, needle);
        return new CharRange(at, at + needle.length());
    }

    /** On random word sequences: the normalised cue holds the cue, starts and ends on tokens, and is stable. */
    @Test
    void randomCuesGrowOnlyAndSettle() {
        String[] words = {"has", "had", "not", "also", "then", "Will", "said", "told", "out", "up", "the", "a", "to",
            "quickly", "only", "didn't", ",", "\n", "“", "Smith", "pointed", "that", "reportedly", "never"};
        Random random = new Random(20261128L);
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 2 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    b.append(' ');
                }
                b.append(words[random.nextInt(words.length)]);
            }
            String text = b.toString();
            Segmentation seg = new Segmenter().segment(text);
            TokenText forms = TokenText.of(seg);
            int tokens = seg.tokens().size();
            if (tokens == 0) {
                continue;
            }
            int first = random.nextInt(tokens);
            int last = first + random.nextInt(Math.min(3, tokens - first));
            CharRange cue = new CharRange(seg.tokens().get(first).start(), seg.tokens().get(last).end());
            CharRange grown = CueBoundary.normalised(seg, forms, cue);
            assertTrue(grown.start() <= cue.start() && grown.end() >= cue.end(), text);
            assertEquals(grown, CueBoundary.normalised(seg, forms, grown), text);
            assertTrue(seg.tokenAtOrAfter(grown.start()) < tokens
                    && seg.tokens().get(seg.tokenAtOrAfter(grown.start())).start() == grown.start(), text);
        }
    }
}
