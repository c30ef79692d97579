package io.github.verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Segmentation#tokenAtOrAfter} and {@link Segmentation#sentenceOfToken}, which read arrays built once,
 * answer as their definitions (a scan of the tokens, a scan of the sentences) at every offset and index,
 * out-of-range ones included, on seeded random texts and on hand-made segmentations.
 */
class SegmentationLookupTest {

    private static final String[] PIECES = {"Mr.", "Smith", "said", "“We", "won’t", "go.”", "U.S.", "1,200.50",
        "-", "(", ")", "!", "?", "\n\n", "\n", "  ", " ", "it’s", "co-op", "İstanbul", "\uD83D\uDE00", "e.g.",
        "Then", "he", "left."};

    @Test
    void lookupsEqualTheirDefinitionsOnRandomTexts() {
        Random random = new Random(29L);
        Segmenter segmenter = new Segmenter();
        for (int doc = 0; doc < 400; doc++) {
            StringBuilder b = new StringBuilder();
            int words = random.nextInt(80);
            for (int k = 0; k < words; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            check(segmenter.segment(b.toString()));
        }
    }

    @Test
    void lookupsEqualTheirDefinitionsWithEmptySentences() {
        String text = "ab cd ef";
        List<Token> tokens = List.of(new Token(0, 2, TokenType.WORD), new Token(3, 5, TokenType.WORD),
                new Token(6, 8, TokenType.WORD));
        List<Sentence> sentences = List.of(new Sentence(0, 2, 0, 1, 0), new Sentence(2, 2, 1, 1, 0),
                new Sentence(3, 8, 1, 3, 0), new Sentence(8, 8, 3, 3, 0));
        check(new Segmentation(text, List.of(new Paragraph(0, 8, 0, 4)), sentences, tokens));
        check(new Segmentation("", List.of(), List.of(), List.of()));
    }

    private static void check(Segmentation seg) {
        int n = seg.tokens().size();
        for (int offset = -2; offset <= seg.text().length() + 2; offset++) {
            int expected = 0;
            while (expected < n && seg.tokens().get(expected).end() <= offset) {
                expected++;
            }
            assertEquals(expected, seg.tokenAtOrAfter(offset), "offset " + offset + " in " + seg.text());
        }
        for (int t = -2; t <= n + 2; t++) {
            int expected = 0;
            for (int s = 0; s < seg.sentences().size(); s++) {
                if (seg.sentences().get(s).firstToken() <= t) {
                    expected = s;
                }
            }
            assertEquals(expected, seg.sentenceOfToken(t), "token " + t + " in " + seg.text());
        }
    }
}
