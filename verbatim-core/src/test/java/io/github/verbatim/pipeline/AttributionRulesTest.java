package io.github.verbatim.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.extract.CueLexicon;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.DocumentResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One small example per attribution rule and speaker sieve, end to end through the rules-only pipeline (the
 * standard pipeline also merges learned statements, which {@link CandidateArbiterTest} covers).
 */
class AttributionRulesTest {

    private static final Pipeline RULES = new Pipeline(CueLexicon.standard());

    private static DocumentResult run(String text) {
        return RULES.process(Article.of("t", text));
    }

    private static Attribution only(String text) {
        List<Attribution> all = run(text).attributions();
        assertEquals(1, all.size(), () -> all.toString());
        return all.get(0);
    }

    private static String summary(Attribution a) {
        return a.kind().label() + " | " + a.sourceText() + " | " + a.cueText() + " | " + a.text() + " | "
                + (a.speaker() == null ? "-" : a.speaker().name());
    }

    @Test
    void postPosedPronounCue() {
        assertEquals("direct | he | said | “We will win,” | John Smith",
                summary(run("John Smith spoke on Monday. “We will win,” he said.").attributions().get(0)));
    }

    @Test
    void aClauseAfterAQuotationClosedByItsPeriodIsTheNextStatementNotItsCue() {
        List<Attribution> all = run("Japan branded North Korea an “outlaw nation in the neighborhood.” "
                + "Russia insisted that Pyongyang “stop its dangerous escapades.”").attributions();
        for (Attribution a : all) {
            if (a.text().contains("outlaw")) {
                assertTrue(!a.sourceText().equals("Russia"), () -> summary(a));
            }
        }
        // with a comma the same words are the quotation's cue clause
        List<Attribution> cued = run("“We will stop them,” Russia insisted, “whatever it takes.”").attributions();
        assertEquals("Russia", cued.get(0).sourceText());
        assertEquals("insisted", cued.get(0).cueText());
    }

    @Test
    void postPosedInvertedCue() {
        assertEquals("direct | Blinken | said | “We will win,” | Blinken", summary(only("“We will win,” said Blinken.")));
    }

    @Test
    void prePosedCueWithColon() {
        assertEquals("direct | Blinken | said | “We will win.” | Blinken", summary(only("Blinken said: “We will win.”")));
    }

    @Test
    void paragraphLevelDocumentCue() {
        Attribution a = only("“The plan is final,” the statement said.");
        assertEquals("the statement", a.sourceText());
        assertEquals("said", a.cueText());
    }

    @Test
    void interruptedQuotationIsOneStatementOfTwoSegments() {
        Attribution a = only("“We will,” he said, “win this.”");
        assertEquals(2, a.content().size());
        assertEquals("“We will,” “win this.”", a.text());
    }

    @Test
    void mixedQuotation() {
        Attribution a = only("The senator called the plan “a disaster” on Monday.");
        assertEquals("mixed | The senator | called | the plan “a disaster” on Monday | The senator", summary(a));
    }

    @Test
    void indirectSpeechForms() {
        assertEquals("indirect | The governor | said | that taxes would rise next year | The governor",
                summary(only("The governor said that taxes would rise next year.")));
        assertEquals("indirect | officials | According to | the vote will take place in May | officials",
                summary(only("According to officials, the vote will take place in May.")));
        assertEquals("indirect | Blinken | stresses | the importance of meeting spending targets | Blinken",
                summary(only("In his statement, Blinken stresses the importance of meeting spending targets.")));
        assertEquals("indirect | the mayor | said | Taxes will rise next year | the mayor",
                summary(only("Taxes will rise next year, the mayor said.")));
    }

    @Test
    void participialCueTakesTheSubject() {
        Attribution a = only("Senator Jane Doe spoke in Ohio on Friday, highlighting the importance of trade with Canada.");
        assertEquals("highlighting", a.cueText());
        assertEquals("Senator Jane Doe", a.sourceText());
        assertEquals("Jane Doe", a.speaker().name());
    }

    @Test
    void uncuedQuotationGetsTheLikelySpeakerWithLowerConfidence() {
        DocumentResult r = run("“We will win this race,” Jane Doe said.\n\nThe crowd cheered loudly.\n\n"
                + "“Nobody can stop the movement we have built here,” and then the music started.");
        Attribution last = r.attributions().get(r.attributions().size() - 1);
        assertTrue(last.text().startsWith("“Nobody can stop"), last.text());
        assertEquals("Jane Doe", last.speaker().name());
        assertTrue(last.confidence() < r.attributions().get(0).confidence());
    }

    @Test
    void aRelativeClauseAfterTheSpeakerDoesNotStopTheNextQuotationContinuingTheStatement() {
        List<Attribution> all = run("\"Wall Street is a cynical place,\" said Tim Hess, a developer in Virginia, "
                + "who introduced Mr. Clarke to his banking contacts. \"But when you see that kind of passion, "
                + "people lean forward.\"").attributions();
        for (Attribution a : all) {
            if (a.text().contains("lean forward")) {
                assertTrue(a.sourceText().startsWith("Tim Hess"), () -> summary(a));
            }
        }
        assertTrue(all.stream().anyMatch(a -> a.text().contains("lean forward")), () -> all.toString());
    }

    @Test
    void speakerSievesClusterNamesRolesAndPronouns() {
        DocumentResult r = run("US Secretary of State Anthony Blinken spoke in Brussels.\n\n"
                + "“We are allies,” Blinken said.\n\n"
                + "“We will consult,” the secretary of state said.\n\n"
                + "“We will act,” he said.\n\n"
                + "“We rely on innovation,” explains the head of the US Foreign Office.\n\n"
                + "“The talks went well,” the White House said.");
        assertEquals(2, r.speakers().size(), () -> r.speakers().toString());
        assertEquals("Anthony Blinken", r.speakers().get(0).name());
        assertEquals(List.of("US Secretary of State"), r.speakers().get(0).roles());
        assertTrue(r.speakers().get(0).aliases().containsAll(List.of("Blinken", "the secretary of state",
                "the head of the US Foreign Office")), r.speakers().get(0).aliases().toString());
        assertEquals("White House", r.speakers().get(1).name());
        for (int i = 0; i < 4; i++) {
            assertEquals("e1", r.attributions().get(i).speaker().id(), summary(r.attributions().get(i)));
        }
        assertEquals("e2", r.attributions().get(4).speaker().id());
    }

    @Test
    void residueNeverBecomesAStatement() {
        DocumentResult r = run("He spoke.\n\nALSO READ: Officials said the bridge will close soon\n\nHe left.");
        assertEquals(List.of(), r.attributions());
        assertEquals(1, r.residue().size());
    }

    @Test
    void pronounWithNobodyBeforeStaysUnresolved() {
        Attribution a = only("“We will win,” he said.");
        assertNull(a.speaker());
    }

    @Test
    void aQuotationEndingItsSentenceTakesTheCueClauseBeforeAnAdjunct() {
        List<Attribution> all = run("“This just isn’t right,” Warren said. “You squeezed employees to the breaking "
                + "point” to drive up the stock price, she said, referencing the bank’s drive.").attributions();
        Attribution squeezed = all.stream().filter(a -> a.text().contains("squeezed")).findFirst().orElseThrow();
        assertEquals("she", squeezed.sourceText(), () -> summary(squeezed));
        assertTrue(squeezed.text().contains("to drive up the stock price"), () -> summary(squeezed));
    }

    @Test
    void aParenthesisDoesNotPutThePostPosedSourceOutOfReach() {
        Attribution a = run("“Subpoenas are not optional,” panel Chairman Rep. Jason Chaffetz (R-Utah) said after "
                + "the hearing.").attributions().get(0);
        assertTrue(a.sourceText().contains("Chaffetz"), () -> summary(a));
        assertEquals("said", a.cueText());
    }

    @Test
    void asOpensAPostPosedCueClause() {
        Attribution a = run("The requirement is a “lawful source of investment income,” as a Homeland Security "
                + "memo put it.").attributions().get(0);
        assertEquals("a Homeland Security memo", a.sourceText(), () -> summary(a));
    }

    @Test
    void aSentenceOpeningAccordingToCreditsItsQuotationToTheAccount() {
        Attribution a = only("According to a civil complaint filed by the SEC, the developers engaged in a "
                + "“massive eight-year fraudulent scheme” to loot investors.");
        assertEquals("a civil complaint filed by the SEC", a.sourceText(), () -> summary(a));
        assertEquals("According to", a.cueText());
        assertTrue(a.text().startsWith("the developers"), () -> summary(a));
    }

    @Test
    void aCoordinatedCueTakesTheSubjectAfterAnOpeningAdverbial() {
        Attribution a = run("In an interview with The Wall Street Journal, Trump doubled down on his comments and "
                + "said, “The judge has a conflict.”").attributions().stream()
                .filter(x -> x.text().contains("conflict")).findFirst().orElseThrow();
        assertEquals("Trump", a.sourceText(), () -> summary(a));
    }

    @Test
    void aSubjectBeforeAnAsideBetweenCommasIsTheSource() {
        Attribution a = only("One such letter, obtained by The Post, warned that the campaign would sue its critics.");
        assertTrue(a.sourceText().startsWith("One such letter"), () -> summary(a));
    }
}
