package io.github.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TokenText#of} (one copy for ASCII tokens) gives every token the form {@link TokenText#normalise} gives
 * its text: on examples and on seeded random texts mixing ASCII in every case with apostrophes of three kinds,
 * "İ", the Kelvin sign, accented and non-Latin letters and long tokens.
 */
class TokenTextTest {

    private static final String[] PIECES = {"Said", "SAID", "said", "sAiD", "O’Brien", "O'Brien", "DʼArcy", "İstanbul",
        "\u212Aelvin", "Ábel", "ÁBEL", "Müller", "ΑΘΗΝΑ", "Москва", "U.S.", "Mr.", "don’t", "DON'T", "’s", "'S",
        "2015", "24th", "A", "a", "Z", "@", "[", "`", "{", "ÿ", "Ÿ", "ß", "ẞ", "x".repeat(40), "X".repeat(40),
        "Aa".repeat(25), "e\u0301", "E\u0301", "\uD835\uDC00bc", "-", ",", ".", "\u201C", "\u201D"};

    @Test
    void examples() {
        Segmentation seg = new Segmenter().segment("Secretary O’Brien SAID “no” to İstanbul’s Kelvin.");
        TokenText forms = TokenText.of(seg);
        assertEquals("secretary", forms.get(0));
        assertEquals("o'brien", forms.get(1));
        assertEquals("said", forms.get(2));
        for (int i = 0; i < seg.tokens().size(); i++) {
            assertEquals(TokenText.normalise(seg.tokenText(i)), forms.get(i), seg.tokenText(i));
        }
    }

    @Test
    void formsEqualNormalisedTokenTexts() {
        Random random = new Random(1234L);
        Segmenter segmenter = new Segmenter();
        int tokens = 0;
        for (int doc = 0; doc < 1500; doc++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + random.nextInt(50);
            for (int k = 0; k < pieces; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(random.nextInt(5) == 0 ? "\n\n" : " ");
                }
            }
            Segmentation seg = segmenter.segment(b.toString());
            TokenText forms = TokenText.of(seg);
            assertEquals(seg.tokens().size(), forms.size());
            for (int i = 0; i < forms.size(); i++) {
                assertEquals(TokenText.normalise(seg.tokenText(i)), forms.get(i), seg.text());
            }
            tokens += forms.size();
        }
        assertTrue(tokens > 20_000, "too few tokens to compare: " + tokens);
    }
}
