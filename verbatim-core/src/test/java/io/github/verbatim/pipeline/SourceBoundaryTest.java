package io.github.verbatim.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.text.Segmenter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceBoundaryTest {

    /** The source {@code source} of {@code text} normalised, with the cue {@code cue} (null for none). */
    private static String normalised(String text, String source, String cue) {
        int at = text.indexOf(source);
        CharRange c = null;
        if (cue != null) {
            int ca = text.indexOf(cue, at + source.length());
            c = new CharRange(ca, ca + cue.length());
        }
        CharRange r = SourceBoundary.normalised(text, new CharRange(at, at + source.length()), c);
        return text.substring(r.start(), r.end());
    }

    @Test
    void anUnfinishedRelativeClauseIsCut() {
        String paulson = "In October, Mr. Paulson, who made billions of dollars on a bet, told investors it was bad.";
        assertEquals("Mr. Paulson", normalised(paulson, "Mr. Paulson, who made billions of dollars", "told"));
        String obama = "Mr. Obama, who understood that a push would be fruitless, said no.";
        assertEquals("Mr. Obama", normalised(obama, "Mr. Obama, who", "said"));
        String rubio = "Senator Marco Rubio of Florida, whose candidacy is on the line, argued it.";
        assertEquals("Senator Marco Rubio of Florida",
                normalised(rubio, "Senator Marco Rubio of Florida, whose candidacy", "argued"));
    }

    @Test
    void verbGroupWordsLeaveTheEnd() {
        String father = "\"We live in a kingdom,\" my father often said.";
        assertEquals("my father", normalised(father, "my father often", "said"));
        String nominee = "The Republican nominee and his aides haven't said much.";
        assertEquals("The Republican nominee and his aides",
                normalised(nominee, "The Republican nominee and his aides haven't", "said"));
        String leaders = "World leaders and diplomats almost universally expressed outrage.";
        assertEquals("World leaders and diplomats",
                normalised(leaders, "World leaders and diplomats almost universally", "expressed"));
        String rubio = "Mr. Rubio defiantly told voters he would stay.";
        assertEquals("Mr. Rubio", normalised(rubio, "Mr. Rubio defiantly", "told"));
        String tally = "He leads, according to a CNN tally of delegates.";
        assertEquals("a CNN tally", normalised(tally, "a CNN tally", null));
        String aides = "His comments were echoed by aides who applauded him.";
        assertEquals("aides", normalised(aides, "aides who", "him"));
        assertEquals("who", normalised(aides, "aides who", "applauded"));
        String many = "Families of victims, many of whom say the claims are false, met him.";
        assertEquals("many of whom", normalised(many, "many of whom", "say"));
        // a capitalised word is a name, and a one-word source stays whole
        String will = "The playwright George Will said so.";
        assertEquals("George Will", normalised(will, "George Will", "said"));
        String now = "now said the clerk.";
        assertEquals("now", normalised(now, "now", "said"));
    }

    /** The source {@code source} of {@code text} with its describing phrase, if any. */
    private static String described(String text, String source) {
        int at = text.indexOf(source);
        CharRange r = SourceBoundary.described(new Segmenter().segment(text), new CharRange(at, at + source.length()));
        return text.substring(r.start(), r.end());
    }

    @Test
    void aDescribingPhraseOpeningTheSentenceJoinsTheName() {
        assertEquals("The minister of the economy, Mr. Guajardo Villarreal",
                described("It ended. The minister of the economy, Mr. Guajardo Villarreal, argues it is moot.",
                        "Mr. Guajardo Villarreal"));
        assertEquals("Another partner, David A. Handler",
                described("Another partner, David A. Handler, routinely spends time there.", "David A. Handler"));
        assertEquals("Nevada's governor, Brian Sandoval",
                described("Nevada's governor, Brian Sandoval, said he voted.", "Brian Sandoval"));
    }

    @Test
    void openingAdverbialsAndBareNamesStayOut() {
        assertEquals("Justin Bamberg", described("In a statement, the family's lawyer, Justin Bamberg, said no.",
                "Justin Bamberg"));
        assertEquals("Steve Coll", described("In his response, Steve Coll, the dean, wrote back.", "Steve Coll"));
        // no comma after the name, or a phrase too long to be a description
        assertEquals("David Schulz", described("A lawyer for the outlets, David Schulz said no.", "David Schulz"));
        assertEquals("Ann Lee", described("The one person in the entire room who had read all of the long and dull "
                + "report, Ann Lee, said no.", "Ann Lee"));
    }

    @Test
    void aClauseHoldingTheCueLeavesItsPronoun() {
        String text = "He met McConnell, now the Senate majority leader, who in 2010 said the goal was one term.";
        assertEquals("who", normalised(text, "the Senate majority leader, who in 2010", "said"));
    }

    @Test
    void wholeClausesAndPlainSourcesStay() {
        String rubio = "\"It is bad,\" said Luis Rubio, who heads the Center in Mexico City. \"Very bad.\"";
        assertEquals("Luis Rubio, who heads the Center in Mexico City",
                normalised(rubio, "Luis Rubio, who heads the Center in Mexico City", null));
        String plain = "Mr. Paulson told investors it was bad.";
        assertEquals("Mr. Paulson", normalised(plain, "Mr. Paulson", "told"));
        // "who" opening the source is no clause after a name; a relative word without a comma is none either
        String who = "Those who spoke said so.";
        assertEquals("Those who spoke", normalised(who, "Those who spoke", "said"));
    }

    @Test
    void appliedKeepsTheListWhenNothingChanges() {
        String text = "Mr. Paulson, who made billions of dollars on a bet, told investors it was bad.";
        Candidate plain = new Candidate(AttributionKind.INDIRECT, List.of(new CharRange(68, 78)),
                new CharRange(52, 56), new CharRange(0, 11), 0.5, "test");
        List<Candidate> list = List.of(plain);
        assertSame(list, SourceBoundary.applied(new Segmenter().segment(text), list));
        Candidate cut = new Candidate(AttributionKind.INDIRECT, List.of(new CharRange(68, 78)),
                new CharRange(52, 56), new CharRange(0, 41), 0.5, "test");
        List<Candidate> out = SourceBoundary.applied(new Segmenter().segment(text), List.of(cut, plain));
        assertEquals(new CharRange(0, 11), out.get(0).source());
        assertSame(plain, out.get(1));
    }

    @Test
    void nullsFailFast() {
        assertThrows(NullPointerException.class, () -> SourceBoundary.normalised(null, new CharRange(0, 1), null));
        assertThrows(NullPointerException.class, () -> SourceBoundary.normalised("a", null, null));
    }

    @Test
    void randomSourcesStayInsideAndNormaliseOnce() {
        String[] words = {"The", "Another", "Mr.", "Paulson", ",", "who", "whose", "which", "made", "said", "the", "leader", "in",
            "2010", "\"", ".", "told", "Smith"};
        Random random = new Random(42);
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            int len = 3 + random.nextInt(14);
            for (int i = 0; i < len; i++) {
                String w = words[random.nextInt(words.length)];
                b.append(w.equals(",") || w.equals(".") ? "" : " ").append(w);
            }
            String text = b.toString();
            int start = random.nextInt(text.length());
            int end = start + 1 + random.nextInt(text.length() - start);
            CharRange source = new CharRange(start, end);
            CharRange cue = null;
            if (end < text.length() && random.nextBoolean()) {
                int cs = end + random.nextInt(text.length() - end);
                cue = new CharRange(cs, cs + Math.min(4, text.length() - cs));
            }
            CharRange r = SourceBoundary.normalised(text, source, cue);
            assertTrue(r.start() >= source.start() && r.end() <= source.end() && r.end() > r.start(), text);
            assertEquals(r, SourceBoundary.normalised(text, r, cue), text);
            var seg = new Segmenter().segment(text);
            CharRange d = SourceBoundary.described(seg, r);
            assertTrue(d.start() <= r.start() && d.end() == r.end(), text);
            assertEquals(d, SourceBoundary.described(seg, d), text);
        }
    }
}
