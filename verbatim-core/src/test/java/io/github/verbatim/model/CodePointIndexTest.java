package io.github.verbatim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CodePointIndex}: conversions on examples, and on seeded random texts mixing ASCII, Latin-1, other BMP
 * characters, supplementary characters and lone surrogates, where the String fast path must answer exactly as the
 * scanning path (a non-String {@link CharSequence}) and as {@link Character#codePointCount}.
 */
class CodePointIndexTest {

    @Test
    void textsWithoutPairsConvertOneToOne() {
        for (String text : new String[] {"", "plain ASCII", "Latin-1: café, naïve", "curly “quotes” — BMP"}) {
            CodePointIndex index = CodePointIndex.of(text);
            for (int i = 0; i <= text.length(); i++) {
                assertEquals(i, index.toCodePoint(i), text);
                assertEquals(i, index.toChar(i), text);
            }
        }
    }

    @Test
    void supplementaryCharactersCountOnce() {
        String text = "a😀b😀c";
        CodePointIndex index = CodePointIndex.of(text);
        assertEquals(new Span(2, 3), index.span(3, 4)); // "b"
        assertEquals(5, index.toCodePoint(text.length()));
        assertEquals(text.length(), index.toChar(5));
        assertEquals(3, index.toChar(2)); // "b" starts at char 3
    }

    @Test
    void offsetsOutsideTheTextAreRejected() {
        CodePointIndex index = CodePointIndex.of("abc");
        assertThrows(IndexOutOfBoundsException.class, () -> index.toCodePoint(4));
        assertThrows(IndexOutOfBoundsException.class, () -> index.toChar(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> index.toChar(4));
    }

    @Test
    void stringFastPathAgreesWithScanAndWithTheJdkOnRandomTexts() {
        Random random = new Random(20261128L);
        char[] alphabet = {'a', 'Z', ' ', 'é', 'ß', '“', '”', '—', '中', '\uD83D', '\uDE00', '\uD800', '\uDFFF'};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder builder = new StringBuilder();
            int length = random.nextInt(40);
            boolean latinOnly = random.nextInt(4) == 0;
            for (int i = 0; i < length; i++) {
                int r = random.nextInt(10);
                if (!latinOnly && r == 0) {
                    builder.appendCodePoint(0x1F600 + random.nextInt(50));
                } else {
                    builder.append(alphabet[random.nextInt(latinOnly ? 5 : alphabet.length)]);
                }
            }
            String text = builder.toString();
            CodePointIndex fast = CodePointIndex.of(text);
            CodePointIndex scanned = CodePointIndex.of(new StringBuilder(text));
            for (int i = 0; i <= text.length(); i++) {
                int expected = Character.codePointCount(text, 0, i);
                assertEquals(expected, fast.toCodePoint(i), () -> "toCodePoint in " + escape(text));
                assertEquals(expected, scanned.toCodePoint(i), () -> "toCodePoint (scan) in " + escape(text));
            }
            int codePoints = text.codePointCount(0, text.length());
            for (int cp = 0; cp <= codePoints; cp++) {
                assertEquals(scanned.toChar(cp), fast.toChar(cp), "toChar in " + escape(text));
            }
        }
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 128 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
