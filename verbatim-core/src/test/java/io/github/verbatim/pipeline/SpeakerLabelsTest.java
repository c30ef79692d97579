package io.github.verbatim.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.DocumentResult;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpeakerLabelsTest {

    private static final String TRANSCRIPT = "Pence spoke to Fox News on Sunday.\n\n"
            + "WALLACE: If I may, sir, because we have got limited time, will she be at the debate?\n\n"
            + "PENCE: She will not be attending the debate tomorrow night, and that is the end of it.\n\n"
            + "WALLACE: Do you really see those two as equivalent?\n\n"
            + "PENCE: Well, look, the American people have an enormously important choice to make.";

    private static Attribution covering(DocumentResult r, String text, String needle) {
        int at = text.indexOf(needle);
        for (Attribution a : r.attributions()) {
            if (a.text().contains(needle)) {
                return a;
            }
        }
        throw new AssertionError("no statement holds " + needle + " at " + at + ": " + r.attributions());
    }

    @Test
    void transcriptLabelsAreSourcesWithTheColonAsCue() {
        DocumentResult r = Pipeline.standard().process(Article.of("t", TRANSCRIPT));
        Attribution pence = covering(r, TRANSCRIPT, "She will not be attending");
        assertEquals("PENCE", pence.sourceText());
        assertEquals(":", pence.cueText());
        assertFalse(pence.text().contains("PENCE"), pence.text());
        Attribution wallace = covering(r, TRANSCRIPT, "Do you really see those two");
        assertEquals("WALLACE", wallace.sourceText());
    }

    @Test
    void aOneOffHeadingIsNoSpeakerLabel() {
        // "UPDATE:" has the form of a label, but one heading is no transcript
        assertTrue(SpeakerLabels.labelAt("UPDATE: the vote was moved", 0, 26) != null);
        String text = "UPDATE: The senator said on Monday that the vote would be moved to Thursday.";
        DocumentResult r = Pipeline.standard().process(Article.of("t", text));
        for (Attribution a : r.attributions()) {
            assertFalse(a.sourceText().equals("UPDATE"), a.toString());
        }
    }

    @Test
    void labelsNeedCapitalsAndAColonFollowedBySpace() {
        assertTrue(SpeakerLabels.labelAt("\u201CJAKE TAPPER: Hello", 0, 19) != null);
        assertEquals(null, SpeakerLabels.labelAt("Pence: Flowers won't be there", 0, 29));
        assertEquals(null, SpeakerLabels.labelAt("NOTE:x", 0, 6));
        assertEquals(null, SpeakerLabels.labelAt("A: yes", 0, 6));
        assertEquals(null, SpeakerLabels.labelAt("ONE TWO THREE FOUR: no", 0, 22));
    }

    @Test
    void randomTextsKeepEveryCandidateInsideTheText() {
        Random random = new Random(7);
        String[] words = {"WALLACE:", "PENCE:", "said", "\u201C", "\u201D", "the", "senator", "\n\n", "she", ".", ","};
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                b.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String text = b.toString();
            DocumentResult r = Pipeline.standard().process(Article.of("r" + round, text));
            int length = text.codePointCount(0, text.length());
            for (Attribution a : r.attributions()) {
                List<io.github.verbatim.model.Span> all = new java.util.ArrayList<>(a.content());
                all.addAll(a.source());
                all.addAll(a.cue());
                for (io.github.verbatim.model.Span s : all) {
                    assertTrue(s.start() >= 0 && s.end() <= length && s.start() < s.end(), () -> text + " -> " + a);
                }
            }
            assertTrue(r.diagnostics().stream().noneMatch(d -> d.startsWith("internal error")), r.diagnostics()::toString);
        }
    }
}
