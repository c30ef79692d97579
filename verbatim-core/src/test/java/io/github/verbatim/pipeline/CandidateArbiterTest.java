package io.github.verbatim.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.clean.ResidueSpan;
import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.extract.CueLexicon;
import io.github.verbatim.extract.CueSubjects;
import io.github.verbatim.extract.ExtractionInput;
import io.github.verbatim.extract.quote.QuoteScanner;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.extract.TokenText;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateArbiterTest {

    private static final String TEXT = "“We will win,” Smith said. Jones argued that taxes would rise. "
            + "Brown wondered whether rates would fall.\n\n"
            + "The mayor claimed the budget was balanced. Critics disagreed.";
    private final Segmentation segmentation = new Segmenter().segment(TEXT);
    private final TokenText forms = TokenText.of(segmentation);
    private final CueLexicon cues = CueLexicon.standard();

    private static CharRange range(String needle) {
        int at = TEXT.indexOf(needle);
        assertTrue(at >= 0, needle);
        return new CharRange(at, at + needle.length());
    }

    private static Candidate candidate(String content, String cue, String source, double confidence, String rule) {
        return new Candidate(AttributionKind.INDIRECT, List.of(range(content)), range(cue), range(source), confidence,
                rule);
    }

    @Test
    void aStrongRuleOwnsItsParagraphAndLearnedStatementsFillTheOthers() {
        Candidate rule = candidate("“We will win,”", "said", "Smith", 0.9, "direct-post");
        Candidate learnedSame = candidate("We will win", "said", "Smith", 0.85, "learned");
        Candidate learnedSameParagraph = candidate("taxes would rise", "argued", "Jones", 0.85, "learned");
        Candidate learnedRareCue = candidate("rates would fall", "wondered", "Brown", 0.85, "learned");
        Candidate learnedElsewhere = candidate("the budget was balanced", "claimed", "The mayor", 0.85, "learned");
        List<Candidate> out = CandidateArbiter.arbitrate(segmentation, forms, cues, List.of(rule),
                List.of(learnedSame, learnedSameParagraph, learnedRareCue, learnedElsewhere), List.of());
        // the rule's own statement stays the rule's; a further statement of its paragraph joins only with a
        // common reporting cue ("argued", annotated 50 times in PolNeAR train, not "wondered", 5 times)
        assertEquals(List.of(rule, learnedSameParagraph, learnedElsewhere), out);
    }

    @Test
    void aLearnedStatementTouchingAStrongRuleStaysOutOfItsParagraph() {
        Candidate rule = candidate("“We will win,”", "said", "Smith", 0.9, "direct-post");
        // the tagger reads "Smith said" as the source of Jones's statement: it touches the rule's cue
        Candidate touching = new Candidate(AttributionKind.INDIRECT, List.of(range("taxes would rise")),
                range("argued"), range("Smith said"), 0.85, "learned");
        assertEquals(List.of(rule), CandidateArbiter.arbitrate(segmentation, forms, cues, List.of(rule),
                List.of(touching), List.of()));
    }

    @Test
    void weakRulesOnlyFillGapsAndResidueIsNeverAStatement() {
        Candidate weakRule = candidate("taxes would rise", "argued", "Jones", 0.5, "indirect-subject-cue");
        Candidate learned = candidate("taxes would rise", "argued", "Jones", 0.85, "learned");
        Candidate weakElsewhere = candidate("the budget was balanced", "claimed", "The mayor", 0.5, "indirect");
        assertEquals(List.of(learned, weakElsewhere),
                CandidateArbiter.arbitrate(segmentation, forms, cues, List.of(weakRule, weakElsewhere), List.of(learned), List.of()));

        CharRange critics = range("Critics disagreed.");
        Candidate inResidue = candidate("Critics disagreed", "claimed", "The mayor", 0.85, "learned");
        assertEquals(List.of(), CandidateArbiter.arbitrate(segmentation, forms, cues, List.of(), List.of(inResidue),
                List.of(new ResidueSpan(critics.start(), critics.end(), "insert"))));
    }

    @Test
    void theStandardPipelineTakesLearnedBoundariesOverAWeakRule() {
        // the rules alone read "on Friday that ..." as the content, with low confidence
        String text = "The governor insisted on Friday that the new bridge would open before the winter.";
        DocumentResult standard = Pipeline.standard().process(Article.of("t", text));
        assertEquals(1, standard.attributions().size(), standard.attributions().toString());
        assertEquals("insisted", standard.attributions().get(0).cueText());
        assertEquals("The governor", standard.attributions().get(0).sourceText());
        assertTrue(standard.attributions().get(0).text().startsWith("that the new bridge would open"),
                standard.attributions().get(0).text());
    }

    private static final String GAPS = "Scott beamed and asked the crowd to welcome the governor. "
            + "Officials said economic development projects will expire this month unless Congress acts. "
            + "Mr. Clarke argues that the plan will work.";

    private static CharRange in(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        return new CharRange(at, at + needle.length());
    }

    private static ExtractionInput input(String text) {
        Segmentation seg = new Segmenter().segment(text);
        TokenText tokenForms = TokenText.of(seg);
        return new ExtractionInput(Article.of("t", text), seg, tokenForms,
                new QuoteScanner(CueLexicon.standard()).scan(seg, tokenForms, CodePointIndex.of(text)), List.of());
    }

    @Test
    void aLearnedCueWithoutASourceTakesTheSubjectOfItsSentence() {
        ExtractionInput input = input(GAPS);
        Candidate noSource = new Candidate(AttributionKind.INDIRECT, List.of(in(GAPS, "the crowd to welcome the governor")),
                in(GAPS, "asked"), null, 0.6, "learned");
        Candidate ruleNoSource = new Candidate(AttributionKind.INDIRECT, List.of(in(GAPS, "the plan will work")),
                in(GAPS, "argues"), null, 0.6, "indirect-subject-cue");
        List<Candidate> out = CandidateArbiter.completed(new CueSubjects(input, cues), List.of(noSource, ruleNoSource));
        assertEquals(in(GAPS, "Scott"), out.get(0).source());
        assertEquals(noSource.cue(), out.get(0).cue());
        assertEquals(noSource.content(), out.get(0).content());
        // only the tagger's candidates are completed: the rules looked for a source already
        assertEquals(ruleNoSource, out.get(1));
    }

    @Test
    void aWeakRuleFillsAGapOnlyWhenItsSourceReadsAsTheSubjectOfItsCue() {
        ExtractionInput input = input(GAPS);
        Candidate nounCue = new Candidate(AttributionKind.INDIRECT, List.of(in(GAPS, "will expire this month")),
                in(GAPS, "projects"), in(GAPS, "economic development"), 0.5, "indirect-subject-cue");
        Candidate verbCue = new Candidate(AttributionKind.INDIRECT, List.of(in(GAPS, "the plan will work")),
                in(GAPS, "argues"), in(GAPS, "Mr. Clarke"), 0.5, "indirect-subject-cue");
        Segmentation seg = input.segmentation();
        List<Candidate> out = CandidateArbiter.arbitrate(seg, input.forms(), cues, List.of(nounCue, verbCue),
                List.of(), List.of(), new CueSubjects(input, cues));
        assertEquals(List.of(verbCue), out);
        // without the check (no view of the document) both fill their gaps, as before
        assertEquals(List.of(nounCue, verbCue), CandidateArbiter.arbitrate(seg, input.forms(), cues,
                List.of(nounCue, verbCue), List.of(), List.of()));
    }

    @Test
    void aWeakRuleQuotationLendsItsSpeakerToTheTaggersSourcelessContent() {
        String text = "The Times reports: \"Donors are scarce this year, and the money is slow.\" Critics disagreed.";
        ExtractionInput input = input(text);
        Candidate rule = new Candidate(AttributionKind.DIRECT,
                List.of(in(text, "\"Donors are scarce this year, and the money is slow.\"")), in(text, "reports"),
                in(text, "The Times"), 0.75, "direct-pre");
        Candidate bare = new Candidate(AttributionKind.DIRECT, List.of(in(text, "\"Donors are scarce this year,")),
                null, null, 0.4, "learned");
        List<Candidate> out = CandidateArbiter.arbitrate(input.segmentation(), input.forms(), cues, List.of(rule),
                List.of(bare), List.of(), new CueSubjects(input, cues));
        assertEquals(1, out.size());
        assertEquals(bare.content(), out.get(0).content());
        assertEquals(rule.cue(), out.get(0).cue());
        assertEquals(rule.source(), out.get(0).source());
        // reported speech (no quotation) lends nothing: its weak source is too often a noun read as a subject
        Candidate indirect = new Candidate(AttributionKind.INDIRECT, rule.content(), rule.cue(), rule.source(), 0.5,
                "indirect-subject-cue");
        assertEquals(List.of(bare), CandidateArbiter.arbitrate(input.segmentation(), input.forms(), cues,
                List.of(indirect), List.of(bare), List.of(), new CueSubjects(input, cues)));
    }

    @Test
    void aWeakRuleQuotationLendsItsSpeakerToEveryPieceTheTaggerCutItInto() {
        String text = "The Times reports:\n\n\"Donors are scarce this year.\n\n\"The money is slow, and the "
                + "calendar is full.\"\n\nCritics disagreed.";
        ExtractionInput input = input(text);
        Candidate rule = new Candidate(AttributionKind.DIRECT, List.of(new CharRange(text.indexOf("\"Donors"),
                text.indexOf("full.\"") + 6)), in(text, "reports"), in(text, "The Times"), 0.75, "direct-pre");
        Candidate first = new Candidate(AttributionKind.DIRECT, List.of(in(text, "\"Donors are scarce this year.")),
                null, null, 0.4, "learned");
        Candidate second = new Candidate(AttributionKind.DIRECT, List.of(in(text,
                "\"The money is slow, and the calendar is full.\"")), null, null, 0.4, "learned");
        List<Candidate> out = CandidateArbiter.arbitrate(input.segmentation(), input.forms(), cues, List.of(rule),
                List.of(first, second), List.of(), new CueSubjects(input, cues));
        assertEquals(2, out.size());
        for (Candidate c : out) {
            assertEquals(rule.source(), c.source(), c.toString());
            assertEquals(rule.cue(), c.cue(), c.toString());
        }
    }

    @Test
    void aPassiveCueTakesItsAgentAsSource() {
        String text = "\u201cAmerican Skin (41 Shots)\u201d was written by Springsteen after the shooting.";
        ExtractionInput input = input(text);
        Candidate learned = new Candidate(AttributionKind.DIRECT, List.of(in(text,
                "\u201cAmerican Skin (41 Shots)\u201d")), in(text, "was written"), in(text, "the shooting"), 0.85,
                "learned");
        List<Candidate> out = CandidateArbiter.completed(new CueSubjects(input, cues), List.of(learned));
        assertEquals(in(text, "Springsteen"), out.get(0).source());
    }

    @Test
    void aQuotationAfterAColonClauseTakesItsSubject() {
        String text = "On July 6, 2015, Sanders made the following comment:\n\n"
                + "\u201cFor young people who have graduated, the unemployment rate is 33 percent.\u201d\n\n"
                + "She later wrote in a long letter to the editors of the paper: "
                + "\u201cNo state shall expel a refugee.\u201d";
        ExtractionInput input = input(text);
        Candidate first = new Candidate(AttributionKind.DIRECT, List.of(in(text,
                "\u201cFor young people who have graduated, the unemployment rate is 33 percent.\u201d")), null, null,
                0.45, "direct-uncued");
        Candidate second = new Candidate(AttributionKind.DIRECT, List.of(in(text,
                "No state shall expel a refugee.")), null, null, 0.4, "learned");
        List<Candidate> out = CandidateArbiter.completed(new CueSubjects(input, cues), List.of(first, second));
        assertEquals(in(text, "Sanders"), out.get(0).source());
        assertEquals(in(text, "made the following comment:"), out.get(0).cue());
        // a long clause: the subject, and the colon alone as the cue
        assertEquals(in(text, "She"), out.get(1).source());
        assertEquals(in(text, "paper:").end() - 1, out.get(1).cue().start());
        // a quotation after a colon with no subject before it keeps no source
        String label = "Update: \u201cWe are closed today.\u201d";
        Candidate bare = new Candidate(AttributionKind.DIRECT, List.of(in(label, "\u201cWe are closed today.\u201d")),
                null, null, 0.45, "direct-uncued");
        assertEquals(List.of(bare), CandidateArbiter.completed(new CueSubjects(input(label), cues), List.of(bare)));
    }

    @Test
    void aSourceEndingOnAConjunctionGivesWayToTheSentencesSubject() {
        String text = "Clinton, the former secretary of State, stressed her record during a forum sponsored by NBC News "
                + "and said she has the essential quality for the job: \"Steadiness.\"";
        ExtractionInput input = input(text);
        Candidate tail = new Candidate(AttributionKind.MIXED, List.of(in(text, "she has the essential quality")),
                in(text, "said"), in(text, "sponsored by NBC News and"), 0.85, "learned");
        List<Candidate> out = CandidateArbiter.completed(new CueSubjects(input, cues), List.of(tail));
        assertEquals(in(text, "Clinton"), out.get(0).source());
        Candidate subject = new Candidate(AttributionKind.MIXED, tail.content(), tail.cue(), in(text, "Clinton"), 0.85,
                "learned");
        assertEquals(List.of(subject), CandidateArbiter.completed(new CueSubjects(input, cues), List.of(subject)));
    }
}
