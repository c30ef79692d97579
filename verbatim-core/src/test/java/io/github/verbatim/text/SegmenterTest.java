package io.github.verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter();

    @Test
    void asciiSpaceTestAgreesWithCharacterOnEveryChar() {
        int spaces = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Segmenter.isSpaceByCharacter((char) c), Segmenter.isSpace((char) c), "char " + c);
            spaces += Segmenter.isSpace((char) c) ? 1 : 0;
        }
        assertTrue(spaces > 20, "too few white space chars: " + spaces);
    }

    private static List<String> tokenTexts(Segmentation s) {
        return s.tokens().stream().map(s::text).collect(Collectors.toList());
    }

    private static List<String> sentenceTexts(Segmentation s) {
        return s.sentences().stream().map(x -> s.text().substring(x.start(), x.end())).collect(Collectors.toList());
    }

    @Test
    void splitsWordsClitisAndQuotes() {
        Segmentation s = segmenter.segment("“We don’t,” Blinken’s aide said of the U.S. plan.");
        assertEquals(List.of("“", "We", "don’t", ",", "”", "Blinken", "’s", "aide", "said", "of", "the", "U.S.",
                "plan", "."), tokenTexts(s));
        assertEquals(TokenType.QUOTE, s.tokens().get(0).type());
    }

    @Test
    void keepsNumbersWhole() {
        Segmentation s = segmenter.segment("It cost 1,200.50 dollars in 2016.");
        assertEquals(List.of("It", "cost", "1,200.50", "dollars", "in", "2016", "."), tokenTexts(s));
        assertEquals(TokenType.NUMBER, s.tokens().get(2).type());
    }

    @Test
    void splitsSentencesButNotAfterTitlesOrInitials() {
        Segmentation s = segmenter.segment("Mr. Smith met John F. Kennedy. “It went well,” he said. Then he left!");
        assertEquals(List.of("Mr. Smith met John F. Kennedy.", "“It went well,” he said.", "Then he left!"),
                sentenceTexts(s));
    }

    @Test
    void sentenceEndAbsorbsClosingQuote() {
        Segmentation s = segmenter.segment("He said: “We will win.” The crowd cheered.");
        assertEquals(List.of("He said: “We will win.”", "The crowd cheered."), sentenceTexts(s));
    }

    @Test
    void blankLinesAndSingleBreaksSeparateParagraphs() {
        Segmentation s = segmenter.segment("Headline here\n\nFirst para. Still first.\nSecond para.\n\n\nThird.");
        assertEquals(4, s.paragraphs().size());
        assertEquals("First para. Still first.", s.text().substring(s.paragraphs().get(1).start(),
                s.paragraphs().get(1).end()));
    }

    @Test
    void hardWrappedWireCopyJoinsLinesAndBreaksAtIndents() {
        String text = "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since\n"
                + "January and improving prospects for the coming temporao,\nalthough normal humidity levels have not\n"
                + "been restored, Comissaria Smith said in its weekly review.\n    The dry period means the temporao will\n"
                + "be late this year.";
        Segmentation s = segmenter.segment(text);
        assertEquals(2, s.paragraphs().size());
        assertTrue(s.text().substring(s.paragraphs().get(1).start()).startsWith("The dry period"));
    }

    @Test
    void emptyAndBlankTextHaveNothing() {
        assertEquals(0, segmenter.segment("").tokens().size());
        assertEquals(0, segmenter.segment(" \n\n\t ").paragraphs().size());
    }

    /** Seeded random text: tokens never overlap, never hold white space, and tile sentences and paragraphs. */
    @Test
    void randomTextKeepsInvariants() {
        String alphabet = "ab Z.,!?\"“”‘’'«»„\n\n  -…()1é\u00A0\uD83D\uDE00";
        Random random = new Random(20261128L);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(200);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            Segmentation s = segmenter.segment(text);
            int previousEnd = 0;
            for (Token t : s.tokens()) {
                assertTrue(t.start() >= previousEnd, "overlap in " + text);
                for (int i = t.start(); i < t.end(); i++) {
                    assertTrue(!Segmenter.isSpace(text.charAt(i)), "space inside token in " + text);
                }
                previousEnd = t.end();
            }
            int nextToken = 0;
            for (Sentence sentence : s.sentences()) {
                assertEquals(nextToken, sentence.firstToken());
                assertTrue(sentence.endToken() > sentence.firstToken());
                nextToken = sentence.endToken();
            }
            assertEquals(s.tokens().size(), nextToken);
            int nextSentence = 0;
            for (Paragraph p : s.paragraphs()) {
                assertEquals(nextSentence, p.firstSentence());
                nextSentence = p.endSentence();
            }
            assertEquals(s.sentences().size(), nextSentence);
        }
    }
}
