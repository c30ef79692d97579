package io.github.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.extract.quote.QuoteScanner;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CueSubjectsTest {

    private static final CueLexicon CUES = CueLexicon.standard();

    private static final class Doc {
        final String text;
        final CueSubjects subjects;

        Doc(String text) {
            this.text = text;
            Segmentation seg = new Segmenter().segment(text);
            TokenText forms = TokenText.of(seg);
            ExtractionInput input = new ExtractionInput(Article.of("t", text), seg, forms,
                    new QuoteScanner(CUES).scan(seg, forms, CodePointIndex.of(text)), List.of());
            this.subjects = new CueSubjects(input, CUES);
        }

        CharRange range(String needle) {
            int at = text.indexOf(needle);
            assertTrue(at >= 0, needle);
            return new CharRange(at, at + needle.length());
        }

        String sourceOf(String cue) {
            CharRange r = subjects.sourceOf(range(cue));
            return r == null ? null : text.substring(r.start(), r.end());
        }

        boolean readsAsSubject(String source, String cue) {
            return subjects.readsAsSubject(range(source), range(cue));
        }
    }

    @Test
    void theNounPhraseBeforeTheCue() {
        assertEquals("An arbitration panel",
                new Doc("Mexico waited. An arbitration panel found the United States was in breach.").sourceOf("found"));
        assertEquals("he", new Doc("In 2011 he reached out to McConnell on Burma.").sourceOf("reached out"));
    }

    @Test
    void theNamedSubjectOfACoordinatedOrParticipleCue() {
        assertEquals("Scott", new Doc("Scott beamed and asked the crowd to welcome the governor.").sourceOf("asked"));
        assertEquals("Clinton", new Doc("On Monday night, Clinton leaned in heavy, painting Trump as a caricature.")
                .sourceOf("painting"));
    }

    @Test
    void noSourceFromAPrepositionalObjectOrAnAdverbial() {
        assertNull(new Doc("Debates in and of themselves are not likely to alter the campaign.").sourceOf("are not likely"));
        assertNull(new Doc("There are still plenty of unknowns about the illness.").sourceOf("unknowns"));
    }

    @Test
    void aSubjectHoldsANameAPronounOrADeterminer() {
        Doc d = new Doc("The campaign sees a coordinated attack. Officials said economic development projects will expire. "
                + "If the rules survive, coal loses. It was credited to the aggressive laws proposed under Nixon.");
        assertTrue(d.readsAsSubject("The campaign", "sees"));
        assertFalse(d.readsAsSubject("economic development", "projects"));
        assertFalse(d.readsAsSubject("If the", "rules"));
        assertFalse(d.readsAsSubject("the aggressive laws", "proposed"));
        Doc named = new Doc("Sen. Lindsey Graham (R-S.C.) told reporters he would wait.");
        assertTrue(named.readsAsSubject("Sen. Lindsey Graham (R-S.C.)", "told"));
    }

    @Test
    void anInvertedSourceTakesTheAppositionRunningToTheEndOfItsSentence() {
        Doc d = new Doc("“It is grounded in fact,” said Jon Alterman, a Middle East analyst with the Center. “A long way.”");
        assertEquals(d.range("Jon Alterman, a Middle East analyst with the Center"),
                d.subjects.withApposition(d.range("Jon Alterman"), d.range("said")));
        // a relative clause with its own reporting verb is a statement of its own
        Doc own = new Doc("“No,” said Army Capt. Christian Pardo, who said he would not vote for either.");
        assertEquals(own.range("Army Capt. Christian Pardo"),
                own.subjects.withApposition(own.range("Army Capt. Christian Pardo"), own.range("said")));
        // "according to X, …" goes on with the statement, and a source before its cue keeps its extent
        Doc according = new Doc("Centerview earned $600 million, according to public filings, a huge sum for a firm.");
        assertEquals(according.range("public filings"),
                according.subjects.withApposition(according.range("public filings"), according.range("according to")));
        Doc before = new Doc("Jon Alterman, a Middle East analyst, said it was grounded in fact.");
        assertEquals(before.range("Jon Alterman"), before.subjects.withApposition(before.range("Jon Alterman"),
                before.range("said")));
    }

    @Test
    void aSubjectLosesAnOpeningConjunctionAndAFloatingQuantifier() {
        Doc d = new Doc("But Mr. Clarke was proposing something else. With her film, DuVernay both documents the boom.");
        assertEquals(d.range("Mr. Clarke"), d.subjects.asSubject(d.range("But Mr. Clarke"), d.range("proposing")));
        assertEquals(d.range("DuVernay"), d.subjects.asSubject(d.range("DuVernay both"), d.range("documents")));
    }

    @Test
    void aCueLosesTheObjectItEndsWith() {
        Doc d = new Doc("Trump told reporters the plan was dead, asking her to leave. He said it.");
        assertEquals(d.range("told"), d.subjects.withoutObject(d.range("told reporters")));
        assertEquals(d.range("asking"), d.subjects.withoutObject(d.range("asking her")));
        assertEquals(d.range("said"), d.subjects.withoutObject(d.range("said")));
    }

    @Test
    void anyCueOfRandomTextGivesASourceInsideItsSentenceOrNone() {
        Random random = new Random(7);
        String[] words = {"Trump", "said", "the", "panel", "found", "that", "he", "asked", ",", "and", "in", "2001",
                "of", "which", "notes", "“", "”", ".", "Clinton", "rules"};
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 30; i++) {
                b.append(words[random.nextInt(words.length)]).append(' ');
            }
            Doc d = new Doc(b.toString());
            int at = d.text.indexOf("said");
            if (at < 0) {
                continue;
            }
            CharRange cue = new CharRange(at, at + 4);
            CharRange source = d.subjects.sourceOf(cue);
            if (source != null) {
                assertTrue(source.end() <= cue.start() && source.start() < source.end(), d.text);
                assertTrue(d.subjects.readsAsSubject(source, cue), d.text);
            }
        }
    }

    @Test
    void aPassiveCueTakesItsByAgent() {
        Doc d = new Doc("“American Skin (41 Shots)” was written by Springsteen after the shooting. "
                + "The movement has been called “strategic ambiguity” by Joshua Hendrick, a professor. "
                + "The plan was praised by the time it passed. He was asked about it.");
        CharRange written = d.subjects.passiveAgent(d.range("was written"), List.of(d.range("“American Skin (41 Shots)”")));
        assertEquals(d.range("Springsteen"), written);
        CharRange called = d.subjects.passiveAgent(d.range("has been called"), List.of(d.range("“strategic ambiguity”")));
        assertEquals(d.range("Joshua Hendrick"), called);
        // "by the time" names no agent; an active cue or a bare auxiliary has none
        assertNull(d.subjects.passiveAgent(d.range("was praised"), List.of(d.range("The plan"))));
        assertNull(d.subjects.passiveAgent(d.range("He"), List.of(d.range("about it"))));
    }

    @Test
    void aPassiveAgentOfRandomTextFollowsByInTheCuesSentence() {
        Random random = new Random(13);
        String[] words = {"Trump", "was", "written", "by", "the", "report", "has", "been", "called", "“", "”", ".",
                "Clinton", "he", "plan", ",", "is", "quoted"};
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 25; i++) {
                b.append(words[random.nextInt(words.length)]).append(' ');
            }
            Doc d = new Doc(b.toString());
            int at = d.text.indexOf("was ");
            if (at < 0 || at + 6 > d.text.length()) {
                continue;
            }
            int end = d.text.indexOf(' ', at + 4);
            CharRange cue = new CharRange(at, end < 0 ? d.text.length() : end);
            CharRange content = new CharRange(0, Math.max(1, at));
            CharRange agent = d.subjects.passiveAgent(cue, List.of(content));
            if (agent != null) {
                assertTrue(agent.start() >= cue.end() && agent.start() < agent.end()
                        && agent.end() <= d.text.length(), d.text);
                String before = d.text.substring(0, agent.start()).stripTrailing();
                assertTrue(before.endsWith("by"), d.text);
            }
        }
    }
}
