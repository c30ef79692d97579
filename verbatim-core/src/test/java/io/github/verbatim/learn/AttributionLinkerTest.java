package io.github.verbatim.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AttributionLinkerTest {

    private final AttributionLinker linker = new AttributionLinker();

    /** Builds tagged spans from marked-up text: [S ...], [C ...], [N ...] (content). */
    private record Marked(Segmentation segmentation, List<TaggedSpan> spans) {
    }

    private static Marked mark(String markup) {
        StringBuilder text = new StringBuilder();
        List<int[]> ranges = new ArrayList<>();
        List<AttributionRole> roles = new ArrayList<>();
        int open = -1;
        AttributionRole role = null;
        for (int i = 0; i < markup.length(); i++) {
            char c = markup.charAt(i);
            if (c == '[' && i + 2 < markup.length() && "SCN".indexOf(markup.charAt(i + 1)) >= 0
                    && markup.charAt(i + 2) == ' ') {
                role = switch (markup.charAt(i + 1)) {
                    case 'S' -> AttributionRole.SOURCE;
                    case 'C' -> AttributionRole.CUE;
                    default -> AttributionRole.CONTENT;
                };
                open = text.length();
                i += 2;
            } else if (c == ']' && open >= 0) {
                ranges.add(new int[] {open, text.length()});
                roles.add(role);
                open = -1;
            } else {
                text.append(c);
            }
        }
        Segmentation s = new Segmenter().segment(text.toString());
        List<TaggedSpan> spans = new ArrayList<>();
        for (int k = 0; k < ranges.size(); k++) {
            int first = s.tokenAtOrAfter(ranges.get(k)[0]);
            int end = s.tokenAtOrAfter(ranges.get(k)[1] - 1) + 1;
            spans.add(new TaggedSpan(roles.get(k), first, end, s.tokens().get(first).start(),
                    s.tokens().get(end - 1).end()));
        }
        return new Marked(s, spans);
    }

    private List<Attribution> link(String markup) {
        Marked m = mark(markup);
        List<Attribution> out = new ArrayList<>();
        for (LinkedAttribution a : linker.link(m.segmentation(), m.spans())) {
            out.add(a.toAttribution(m.segmentation().text()));
        }
        return out;
    }

    @Test
    void postPosedCueWithInterruptedQuoteIsOneAttribution() {
        List<Attribution> out = link("[N “We will,”] [S he] [C said], [N “win this.”]");
        assertEquals(1, out.size());
        Attribution a = out.get(0);
        assertEquals(2, a.content().size());
        assertEquals("he", a.sourceText());
        assertEquals("said", a.cueText());
        assertEquals(AttributionKind.DIRECT, a.kind());
    }

    @Test
    void twoAttributionsInOneSentenceKeepTheirOwnSourcesAndCues() {
        List<Attribution> out = link("[S Smith] [C said] [N taxes would rise], while [S Jones] [C argued] "
                + "[N they would “fall soon”].");
        assertEquals(2, out.size());
        assertEquals("Smith", out.get(0).sourceText());
        assertEquals("taxes would rise", out.get(0).text());
        assertEquals(AttributionKind.INDIRECT, out.get(0).kind());
        assertEquals("Jones", out.get(1).sourceText());
        assertEquals("argued", out.get(1).cueText());
        assertEquals(AttributionKind.MIXED, out.get(1).kind());
    }

    @Test
    void aCueEndingItsParagraphWithAColonIntroducesTheNextParagraph() {
        List<Attribution> out = link("[S The mayor] [C said]:\n\n[N “Taxes will fall. All of them.”]");
        assertEquals(1, out.size());
        assertEquals("The mayor", out.get(0).sourceText());
        assertEquals("said", out.get(0).cueText());
    }

    @Test
    void aCueTakesNoSourceFromAnEarlierSentence() {
        // the pipeline's subject finder reads the cue's own sentence ("him") instead
        List<Attribution> out = link("[S Blinken] spoke on Tuesday. [C According to] him, [N the alliance is strong].");
        assertEquals(1, out.size());
        assertTrue(out.get(0).source().isEmpty(), out.get(0).toString());
        assertEquals("According to", out.get(0).cueText());
    }

    @Test
    void aCueTakesTheSourceOfItsOwnSentenceOverAnEarlierOne() {
        List<Attribution> out = link("[S Blinken] spoke on Tuesday. Later [S the minister] [C said] [N the alliance is strong].");
        assertEquals(1, out.size());
        assertEquals("the minister", out.get(0).sourceText());
    }

    @Test
    void aQuoteNoCueReachesContinuesThePreviousSpeaker() {
        List<Attribution> out = link("[N “We will win,”] [S she] [C said].\n\n[N “Nothing will stop us.”]");
        assertEquals(2, out.size());
        assertEquals("she", out.get(1).sourceText());
        assertTrue(out.get(1).cue().isEmpty());
        assertTrue(out.get(1).confidence() < out.get(0).confidence());
    }

    @Test
    void cuesWithoutContentAndContentsWithoutWordsAreDropped() {
        assertTrue(link("[S He] [C said] nothing.").isEmpty());
        assertTrue(link("[S He] [C said] [N “” «»].").isEmpty());
    }

    private static boolean hasWord(Segmentation s, TaggedSpan t) {
        for (int i = t.firstToken(); i < t.endToken(); i++) {
            if (s.tokens().get(i).type() == io.github.verbatim.text.TokenType.WORD) {
                return true;
            }
        }
        return false;
    }

    /** Seeded random span layouts: every content span ends up in exactly one attribution, inside the text. */
    @Test
    void everyContentSpanIsReportedOnceWhateverTheLayout() {
        Random random = new Random(7);
        String[] words = {"he", "said", "that", "“we", "win”", "and", "she", "added", ".", "\n\n", "according", "to"};
        for (int trial = 0; trial < 300; trial++) {
            StringBuilder sb = new StringBuilder();
            int n = 5 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append(words[random.nextInt(words.length)]).append(' ');
            }
            Segmentation s = new Segmenter().segment(sb.toString());
            int[] tags = new int[s.tokens().size()];
            for (int i = 0; i < tags.length; i++) {
                tags[i] = random.nextInt(BioTags.COUNT);
            }
            GoldTagger.repair(tags);
            List<TaggedSpan> spans = AttributionTagger.spans(s, tags);
            long contents = spans.stream().filter(t -> t.role() == AttributionRole.CONTENT)
                    .filter(t -> hasWord(s, t)).count();
            List<LinkedAttribution> linked = linker.link(s, spans);
            int segments = 0;
            for (LinkedAttribution a : linked) {
                segments += a.content().size();
                a.toAttribution(s.text());
                assertTrue(a.content().get(a.content().size() - 1).end() <= s.text().length());
            }
            assertEquals(contents, segments, "trial " + trial);
        }
    }
}
