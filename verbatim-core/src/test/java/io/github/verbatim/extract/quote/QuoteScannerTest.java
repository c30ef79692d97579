package io.github.verbatim.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.extract.CueLexicon;
import io.github.verbatim.extract.TokenText;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {

    private static final QuoteScanner SCANNER = new QuoteScanner(CueLexicon.standard());
    private static final Segmenter SEGMENTER = new Segmenter();

    private static QuoteScan scan(String text) {
        Segmentation s = SEGMENTER.segment(text);
        return SCANNER.scan(s, TokenText.of(s), CodePointIndex.of(text));
    }

    private static List<String> contents(String text) {
        return scan(text).quotes().stream().map(q -> text.substring(q.contentStart(), q.contentEnd()))
                .collect(Collectors.toList());
    }

    @Test
    void findsEveryQuotationStyle() {
        assertEquals(List.of("We will win,"), contents("“We will win,” he said."));
        assertEquals(List.of("We will win,"), contents("\"We will win,\" he said."));
        assertEquals(List.of("Nous gagnerons"), contents("« Nous gagnerons » a-t-il dit."));
        assertEquals(List.of("Wir werden gewinnen"), contents("„Wir werden gewinnen“, sagte er."));
        assertEquals(List.of("We will win"), contents("He said ‘We will win’ in the headline."));
    }

    @Test
    void apostrophesAreNotQuotations() {
        assertEquals(List.of(), contents("Blinken’s speech and the allies’ doubts don’t matter, he said."));
        assertEquals(List.of("It’s the allies’ call,"), contents("“It’s the allies’ call,” he said."));
    }

    @Test
    void nestedQuotationsStayInsideTheirQuotation() {
        assertEquals(List.of("He called it ‘a disaster’ yesterday."),
                contents("“He called it ‘a disaster’ yesterday.” she said."));
        assertEquals(List.of("He read the line: “go now” to us,"),
                contents("\"He read the line: “go now” to us,\" she said."));
    }

    @Test
    void quotationsInHeadlinesAreFound() {
        assertEquals(List.of("Not a burden"), contents("Blinken: “Not a burden”\n\nThe secretary spoke on Wednesday."));
    }

    @Test
    void multiParagraphQuotationRepeatsItsOpeningMark() {
        String text = "“First paragraph of the quote.\n\n“Second paragraph of it,” he said.";
        QuoteScan scan = scan(text);
        assertEquals(1, scan.quotes().size());
        assertEquals(0, scan.quotes().get(0).start());
        assertEquals(text.indexOf("”") + 1, scan.quotes().get(0).end());
        assertEquals(List.of(), scan.repairs());
    }

    @Test
    void strayClosingMarkRunsBackToThePreviousAttribution() {
        String text = "“Part one,” the secretary said in a statement. This means we act ”.";
        QuoteScan scan = scan(text);
        assertEquals(2, scan.quotes().size());
        Quote repaired = scan.quotes().get(1);
        assertEquals("This means we act", text.substring(repaired.contentStart(), repaired.contentEnd()));
        assertTrue(repaired.repaired());
        assertEquals(List.of("unbalanced closing quotation mark at " + text.indexOf('”', 20)), scan.repairs());
    }

    @Test
    void unclosedOpeningMarkClosesAtTheCueClause() {
        String text = "“We must expand, says Blinken. “We see how it works.”";
        QuoteScan scan = scan(text);
        assertEquals(2, scan.quotes().size());
        assertEquals("We must expand,", text.substring(scan.quotes().get(0).contentStart(),
                scan.quotes().get(0).contentEnd()));
        assertEquals("We see how it works.", text.substring(scan.quotes().get(1).contentStart(),
                scan.quotes().get(1).contentEnd()));
        assertEquals(1, scan.repairs().size());
        assertTrue(scan.repairs().get(0).startsWith("unclosed opening quotation mark at 0 closed at the cue clause"));
    }

    @Test
    void unclosedAtParagraphEndIsClosedThereWithANote() {
        QuoteScan scan = scan("“We never close this one\n\nA new paragraph.");
        assertEquals(1, scan.quotes().size());
        assertTrue(scan.repairs().get(0).contains("closed at the paragraph end"), scan.repairs().toString());
    }

    @Test
    void randomQuotationMarkSoupNeverBreaksTheInvariants() {
        String alphabet = "“”\"'‘’«»„ abc,.\n";
        Random random = new Random(20240601L);
        for (int round = 0; round < 400; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(300);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                if (random.nextInt(20) == 0) {
                    b.append(" said he, ");
                }
            }
            String text = b.toString();
            QuoteScan scan = scan(text);
            int previousStart = -1;
            for (Quote q : scan.quotes()) {
                assertTrue(q.end() <= text.length(), text);
                assertTrue(q.start() >= previousStart, text);
                previousStart = q.start();
            }
            assertTrue(scan.repairs().size() <= 51, "repairs are capped");
        }
    }
}
