package io.github.verbatim.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SiteNameStripperTest {

    private static String strip(String title, String... names) {
        return new SiteNameStripper(List.of(names)).strip(title);
    }

    @Test
    void cutsSiteNamesAtSpacedSeparators() {
        assertEquals("Headline here", strip("Headline here | The Site", "The Site"));
        assertEquals("Headline here", strip("THE SITE - Headline here", "The Site"));
        assertEquals("Russia hits Kyiv - National", strip("Russia hits Kyiv - National | Globalnews.ca", "Global News"));
        assertEquals("Vierschanzentournee | Beleidigen und beschuldigen",
                strip("Tageblatt.lu | Vierschanzentournee | Beleidigen und beschuldigen", "Tageblatt.lu"));
        assertEquals("Ziele, Chancen, Risiken", strip("Ziele, Chancen, Risiken | DW | 28.04.2023", "DW"));
        assertEquals("Sweden tells households | World News",
                strip("Sweden tells households | World News | Metro News", "Metro"));
        assertEquals("Iranischer Angriff - News", strip("Iranischer Angriff - News - SRF",
                "Schweizer Radio und Fernsehen (SRF)"));
        assertEquals("„Unermüdlicher Einsatz“", strip("„Unermüdlicher Einsatz“ – Die Neue Südtiroler Tageszeitung",
                "tageszeitung"));
        assertEquals("Das Börsen-Thema", strip("Das Börsen-Thema · BÖRSEN ZEITUNG", "Börsen-Zeitung"));
    }

    @Test
    void cutsAtMarksThatNeverOccurInsideWords() {
        assertEquals("宮崎県で震度5弱　気象庁", strip("宮崎県で震度5弱　気象庁：朝日新聞デジタル", "朝日新聞デジタル"));
        assertEquals("부담 커졌다-정치", strip("부담 커졌다-정치ㅣ한국일보", "한국일보"));
        assertEquals("Headline", strip("Headline|Site", "Site"));
    }

    @Test
    void keepsHeadlineDashesAndHyphenatedWords() {
        assertEquals("Fury und Usyk kämpfen um Schwergewichts-Krone",
                strip("Fury und Usyk kämpfen um Schwergewichts-Krone", "Krone", "Braunschweiger Zeitung"));
        assertEquals("Die Eisheiligen 2024: Wann sie sind - und wie das Wetter wird",
                strip("Die Eisheiligen 2024: Wann sie sind - und wie das Wetter wird", "Ruhr Nachrichten"));
        assertEquals("El Córdoba logra un punto vital (3-3)", strip("El Córdoba logra un punto vital (3-3)", "3"));
        assertEquals("UGigaba akabanjwanga i-IDAC", strip("UGigaba akabanjwanga i-IDAC", "IDAC"));
        assertEquals("BUDGET 3.0 | Sars gets R4bn to hire army of debt collectors",
                strip("BUDGET 3.0 | Sars gets R4bn to hire army of debt collectors", "TimesLIVE", "timeslive"));
        // a segment that merely mentions a short site name among many other words is headline, not name
        assertEquals("Budget row - AP chief quits over the budget row", strip(
                "Budget row - AP chief quits over the budget row", "AP"));
    }

    @Test
    void neverReturnsNothing() {
        assertEquals("CBC News", strip("CBC News", "CBC"));
        assertEquals("Site", strip("Site | Site", "Site"));
        assertEquals("Site", strip("Site", "Site"));
        assertNull(strip(null, "Site"));
        assertEquals("Headline", strip("Headline", new String[0]));
    }

    private static final String[] WORDS = {
        "Krone", "Schwergewichts-Krone", "i-IDAC", "(3-3)", "Site", "the", "news", "Börse", "AP", "2024",
        "28.04.2023", "Wetter", "China-Agenten", "Metro", "«Zitat»", "über", "x", "Global", "—", "-",
    };
    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " · ", " :: ", " » ", "|", "ㅣ", "：",
        "-", " ", " ", " ", " "};
    private static final String[] NAMES = {"Site", "The Site", "Metro", "AP", "Global News", "globalnews", "Krone"};

    @Test
    void randomTitlesAreCutOnlyBetweenWordsAndNeverEmptied() {
        Random random = new Random(20261128L);
        for (int round = 0; round < 5000; round++) {
            StringBuilder title = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
            int parts = 1 + random.nextInt(8);
            for (int i = 0; i < parts; i++) {
                title.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
                title.append(random.nextBoolean() ? WORDS[random.nextInt(WORDS.length)]
                        : NAMES[random.nextInt(NAMES.length)]);
            }
            String in = title.toString();
            List<String> names = List.of(NAMES[random.nextInt(NAMES.length)], NAMES[random.nextInt(NAMES.length)]);
            String out = new SiteNameStripper(names).strip(in);
            assertFalse(out.isBlank(), in);
            assertTrue(cutBetweenWords(in, out), "cut inside a word: " + in + " -> " + out);
            assertEquals(out, new SiteNameStripper(names).strip(out), "stripping again changes nothing: " + in);
        }
    }

    /** Whether {@code out} occurs in {@code in} with a break (or the end of {@code in}) on both sides. */
    private static boolean cutBetweenWords(String in, String out) {
        for (int at = in.indexOf(out); at >= 0; at = in.indexOf(out, at + 1)) {
            int end = at + out.length();
            if ((at == 0 || isBreak(in.charAt(at - 1))) && (end == in.length() || isBreak(in.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** A character a cut may sit next to: white space or a separator that never occurs inside a word. */
    private static boolean isBreak(char c) {
        return Character.isWhitespace(c) || "|｜ㅣ：".indexOf(c) >= 0;
    }
}
