package io.github.verbatim.context.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.context.gazetteer.Gazetteer;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import io.github.verbatim.text.Sentence;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Decoding a sentence only up to a limit token ({@link NerTagger#tag(Segmentation, BitSet, int[])}) gives the
 * labels of the full decoding before the limit and for the name under way at the limit, and O after: checked
 * on seeded random documents with random limits, including limits at the sentence start (nothing decoded) and
 * past its end (everything decoded), and on an example whose name runs past the limit.
 */
class NerDecodeLimitTest {

    private static final NerTagger TAGGER = new NerTagger(NerModel.loadDefault(), Gazetteer.standard());

    @Test
    void labelsBeforeTheLimitAndOfTheNameUnderWayAreThoseOfTheFullDecoding() {
        Random random = new Random(13L);
        int kept = 0;
        int finished = 0;
        int dropped = 0;
        for (int doc = 0; doc < 400; doc++) {
            Segmentation seg = new Segmenter().segment(NerTaggerFastPathTest.randomText(random,
                    5 + random.nextInt(200)));
            BitSet chosen = new BitSet();
            int[] limits = new int[seg.sentences().size()];
            for (int s = 0; s < limits.length; s++) {
                Sentence sentence = seg.sentences().get(s);
                if (random.nextInt(4) != 0) {
                    chosen.set(s);
                }
                int length = sentence.endToken() - sentence.firstToken();
                limits[s] = switch (random.nextInt(5)) {
                    case 0 -> sentence.firstToken();
                    case 1 -> Integer.MAX_VALUE;
                    default -> sentence.firstToken() + random.nextInt(length + 1);
                };
            }
            int[] full = TAGGER.labels(seg, chosen);
            int[] expected = new int[full.length];
            for (int s = chosen.nextSetBit(0); s >= 0; s = chosen.nextSetBit(s + 1)) {
                Sentence sentence = seg.sentences().get(s);
                boolean open = true;
                for (int i = sentence.firstToken(); i < sentence.endToken() && open; i++) {
                    if (i < limits[s]) {
                        expected[i] = full[i];
                        kept++;
                    } else if (i > sentence.firstToken() && expected[i - 1] != NerLabels.O
                            && NerLabels.isInside(full[i])) {
                        expected[i] = full[i]; // the name under way goes on past the limit
                        finished++;
                    } else {
                        open = false;
                        dropped += sentence.endToken() - i;
                    }
                }
            }
            assertArrayEquals(expected, TAGGER.labels(seg, chosen, limits), seg.text());
        }
        assertTrue(kept > 1000 && finished > 10 && dropped > 1000, kept + " kept, " + finished + " finished, "
                + dropped + " not decoded");
    }

    @Test
    void aNameRunningPastTheLimitKeepsItsFullExtent() {
        Segmentation seg = new Segmenter().segment("He met Barack Hussein Obama in Washington on Friday.");
        List<EntityMention> full = TAGGER.tag(seg, null);
        EntityMention obama = full.stream().filter(m -> m.text().contains("Obama")).findFirst().orElseThrow();
        int first = seg.tokenAtOrAfter(obama.span().start());
        int[] limits = {first + 1}; // decode up to the name's first word only
        List<EntityMention> limited = TAGGER.tag(seg, null, limits);
        assertEquals(List.of(obama), limited.stream().filter(m -> m.text().contains("Obama")).toList());
        assertTrue(limited.stream().noneMatch(m -> m.text().equals("Washington")), limited.toString());
    }

    @Test
    void limitsMustCoverEverySentence() {
        Segmentation seg = new Segmenter().segment("One. Two.");
        assertThrows(IllegalArgumentException.class, () -> TAGGER.tag(seg, null, new int[1]));
    }
}
