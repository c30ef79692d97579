package io.github.verbatim.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.extract.CueLexicon;
import io.github.verbatim.extract.TokenText;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InnerReportTest {

    private static final CueLexicon CUES = CueLexicon.standard();

    /** The parts of the statement of {@code text} whose source is {@code source}, cue {@code cue}, content the rest. */
    private static List<Candidate> parts(String text, String source, String cue, AttributionKind kind) {
        Segmentation seg = new Segmenter().segment(text);
        int s = text.indexOf(source);
        int c = text.indexOf(cue, s + source.length());
        int from = c + cue.length() + 1;
        int to = text.endsWith(".") ? text.length() - 1 : text.length();
        Candidate statement = new Candidate(kind, List.of(new CharRange(from, to)),
                new CharRange(c, c + cue.length()), new CharRange(s, s + source.length()), 0.7, "learned");
        return InnerReport.parts(seg, TokenText.of(seg), CUES, statement);
    }

    private static String text(String text, CharRange r) {
        return r == null ? null : text.substring(r.start(), r.end());
    }

    @Test
    void aCoordinatedClauseWithItsOwnSubjectBecomesItsOwnStatement() {
        String text = "Clinton said it was a mistake to use private email, but she denied that she mishandled "
                + "classified information.";
        List<Candidate> parts = parts(text, "Clinton", "said", AttributionKind.INDIRECT);
        assertEquals(2, parts.size());
        assertEquals("it was a mistake to use private email", text(text, parts.get(0).content().get(0)));
        assertEquals("said", text(text, parts.get(0).cue()));
        assertEquals("Clinton", text(text, parts.get(0).source()));
        assertEquals("that she mishandled classified information", text(text, parts.get(1).content().get(0)));
        assertEquals("denied", text(text, parts.get(1).cue()));
        assertEquals("she", text(text, parts.get(1).source()));
    }

    @Test
    void aCoordinatedVerbSharesTheSubject() {
        String text = "The mayor described the showdown as ominous, and said the panel itself might be damaged.";
        List<Candidate> parts = parts(text, "The mayor", "described", AttributionKind.INDIRECT);
        assertEquals(2, parts.size());
        assertEquals("the showdown as ominous", text(text, parts.get(0).content().get(0)));
        assertEquals("said", text(text, parts.get(1).cue()));
        assertEquals("The mayor", text(text, parts.get(1).source()));
        assertEquals("the panel itself might be damaged", text(text, parts.get(1).content().get(0)));
    }

    @Test
    void aParticipleReportAfterACommaSplitsToo() {
        String text = "Mook said as much in an interview on Thursday, arguing that Trump lashed out at the generals.";
        List<Candidate> parts = parts(text, "Mook", "said", AttributionKind.INDIRECT);
        assertEquals(2, parts.size());
        assertEquals("as much in an interview on Thursday", text(text, parts.get(0).content().get(0)));
        assertEquals("arguing", text(text, parts.get(1).cue()));
        assertEquals("Mook", text(text, parts.get(1).source()));
    }

    @Test
    void mixedPartsWithoutAQuotationAreReportedSpeech() {
        String text = "Smith called the plan “a disaster” for the city, and he urged voters to reject it at once.";
        List<Candidate> parts = parts(text, "Smith", "called", AttributionKind.MIXED);
        assertEquals(2, parts.size());
        assertEquals(AttributionKind.MIXED, parts.get(0).kind());
        assertEquals(AttributionKind.INDIRECT, parts.get(1).kind());
    }

    @Test
    void noSplitWhereThereIsNoSecondReport() {
        // "and" without a reporting verb, "according to", a passive cue, inside a quotation, a direct quotation
        assertEquals(1, parts("Smith said taxes rose in May and prices fell in June.", "Smith", "said",
                AttributionKind.INDIRECT).size());
        assertEquals(1, parts("Smith said the firm hid its losses, according to its own filings.", "Smith", "said",
                AttributionKind.INDIRECT).size());
        assertEquals(1, parts("Smith said Gruenberg was nominated by Obama and confirmed by the Senate in 2012.",
                "Smith", "said", AttributionKind.INDIRECT).size());
        assertEquals(1, parts("Smith said “we met the mayor and told him to go home” last week.", "Smith", "said",
                AttributionKind.MIXED).size());
        assertEquals(1, parts("Smith said ''we met the mayor and told him to go home'' last week.", "Smith", "said",
                AttributionKind.MIXED).size());
        assertEquals(1, parts("Smith said “the plan failed, and she said nothing about it at all.”", "Smith", "said",
                AttributionKind.DIRECT).size());
    }

    @Test
    void aListWithoutSplitsIsReturnedAsIs() {
        String text = "Smith said taxes rose in May and prices fell in June.";
        Segmentation seg = new Segmenter().segment(text);
        List<Candidate> in = List.of(new Candidate(AttributionKind.INDIRECT, List.of(new CharRange(11, 52)),
                new CharRange(6, 10), new CharRange(0, 5), 0.7, "learned"));
        assertSame(in, InnerReport.split(seg, TokenText.of(seg), CUES, in));
    }

    private static final String[] WORDS = {"Smith", "said", "told", "and", "but", "she", "he", "they", "also",
        "has", "adding", "saying", "noted", "urged", "denied", "the", "plan", "failed", ",", "“", "”", "''", "\"",
        "by", "according", "to", "that", "voters", "Jones", "rose", "in", "May", "argued", "warned", "."};

    /**
     * On random word salads the parts of a statement never overlap, lie inside its content in order, keep its
     * cue and source on the first part, and splitting the parts again changes nothing.
     */
    @Test
    void randomStatementsSplitIntoOrderedDisjointPartsOnce() {
        Random random = new Random(20261128L);
        int splits = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder("Smith said ");
            int words = 4 + random.nextInt(25);
            for (int w = 0; w < words; w++) {
                sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(6) == 0 ? "" : " ");
            }
            sb.append("today.");
            String text = sb.toString();
            Segmentation seg = new Segmenter().segment(text);
            TokenText forms = TokenText.of(seg);
            CharRange content = new CharRange(11, text.length() - 1);
            AttributionKind kind = AttributionKind.values()[random.nextInt(3)];
            Candidate c = new Candidate(kind, List.of(content), new CharRange(6, 10), new CharRange(0, 5), 0.5,
                    "learned");
            List<Candidate> parts = InnerReport.parts(seg, forms, CUES, c);
            assertFalse(parts.isEmpty(), text);
            if (kind == AttributionKind.DIRECT) {
                assertEquals(List.of(c), parts, text);
            }
            assertEquals(c.cue(), parts.get(0).cue(), text);
            assertEquals(c.source(), parts.get(0).source(), text);
            int end = content.start();
            for (Candidate p : parts) {
                assertEquals(1, p.content().size(), text);
                CharRange r = p.content().get(0);
                assertTrue(r.start() >= end && r.end() <= content.end() && r.start() < r.end(), text);
                assertNotNull(p.cue(), text);
                assertFalse(p.cue().overlaps(r), text);
                end = r.end();
            }
            splits += parts.size() - 1;
            List<Candidate> again = new ArrayList<>();
            for (Candidate p : parts) {
                again.addAll(InnerReport.parts(seg, forms, CUES, p));
            }
            assertEquals(parts, again, text);
        }
        assertTrue(splits > 50, "the random statements should split now and then, got " + splits);
    }
}
