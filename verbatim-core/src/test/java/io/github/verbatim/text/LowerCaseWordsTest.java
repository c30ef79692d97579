package io.github.verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link LowerCaseWords} answers exactly as lower-casing a copy and looking it up in a set would. */
class LowerCaseWordsTest {

    private static final String[] WORDS = {"said", "says", "in", "at", "i", "ii", "kelvin", "since", "a", "ab",
        "straße", "i̇stanbul", "über", "’ll", "'s"};

    @Test
    void smallExamples() {
        LowerCaseWords words = LowerCaseWords.of(WORDS);
        assertTrue(words.contains("SAID"));
        assertTrue(words.contains("He Said it", 3, 7));
        assertFalse(words.contains("He Said it", 3, 6));
        assertTrue(words.contains("\u212Aelvin")); // KELVIN SIGN lower-cases to 'k'
        assertTrue(words.contains("İstanbul")); // lower-cases to "i̇stanbul", two chars for the first
        assertFalse(words.contains("İn")); // "i̇n" is not "in"
        assertTrue(words.contains("ÜBER"));
        assertTrue(words.contains("’LL"));
        assertFalse(words.contains(""));
        assertFalse(words.contains("x"));
        assertTrue(LowerCaseWords.equalsLower("at NATO", 0, 2, "at"));
        assertFalse(LowerCaseWords.equalsLower("İn", 0, 2, "in"));
        assertThrows(IllegalArgumentException.class, () -> LowerCaseWords.of("Said"));
        assertThrows(IllegalArgumentException.class, () -> LowerCaseWords.of(""));
    }

    @Test
    void equalsTheCopyingLookupOnRandomRegions() {
        Random random = new Random(42L);
        LowerCaseWords words = LowerCaseWords.of(WORDS);
        Set<String> plain = Set.of(WORDS);
        String alphabet = "aAbBiIsSdDnNtT \u0130\u0131\u212A\u017F\u03A3\u00DF\u00DC\u00FC\u2019'.e";
        int hits = 0;
        for (int k = 0; k < 200_000; k++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int c = 0; c < length; c++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextInt(4) == 0) {
                // a word of the set in random case, inside other text
                String w = WORDS[random.nextInt(WORDS.length)];
                StringBuilder cased = new StringBuilder();
                for (char c : w.toCharArray()) {
                    cased.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
                }
                b.insert(random.nextInt(b.length() + 1), cased);
            }
            String text = b.toString();
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            boolean expected = plain.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
            assertEquals(expected, words.contains(text, start, end), "'" + text.substring(start, end) + "'");
            String w = WORDS[random.nextInt(WORDS.length)];
            assertEquals(text.substring(start, end).toLowerCase(Locale.ROOT).equals(w),
                    LowerCaseWords.equalsLower(text, start, end, w), "'" + text.substring(start, end) + "' vs " + w);
            if (expected) {
                hits++;
            }
        }
        assertTrue(hits > 5_000, "too few hits to compare: " + hits);
    }
}
