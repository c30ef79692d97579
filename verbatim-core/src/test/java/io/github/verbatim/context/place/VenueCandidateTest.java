package io.github.verbatim.context.place;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.context.CharSpan;
import io.github.verbatim.context.gazetteer.Gazetteer;
import io.github.verbatim.context.ner.EntityMention;
import io.github.verbatim.context.ner.EntityType;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import io.github.verbatim.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PlaceFinder#hasVenueCandidate} is a safe filter: on seeded random sentences, whenever it says no,
 * {@link PlaceFinder#venue} finds nothing even when every token is given as a location name (the most
 * permissive mentions there are), with and without excluded statement spans.
 */
class VenueCandidateTest {

    private static final String[] WORDS = {"at", "At", "AT", "in", "In", "said", "told", "spoke", "speech",
        "the", "a", "NATO", "headquarters", "Brussels", "Des", "Moines", "White", "House", "of", "and", "St",
        "Lucie", "March", "Monday", "Earth", "’s", "'s", "rally", "he", "She", "reporters", "city", "Hall", "2015",
        "İn", "\u212Aremlin", "ſaid", "hall"};
    private static final String[] GLUE = {" ", " ", " ", ", ", ". ", " \"", "\" ", " - "};

    @Test
    void atOrInEqualsLowerCasingACopy() {
        String alphabet = "aAtTiInN\u0130\u0131\u212A\u017Fx.";
        Random random = new Random(1L);
        int hits = 0;
        for (int k = 0; k < 50_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int c = 1 + random.nextInt(3); c > 0; c--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String word = b.toString();
            Segmentation seg = new Segmenter().segment(word);
            for (int i = 0; i < seg.tokens().size(); i++) {
                String lower = seg.tokenText(i).toLowerCase(java.util.Locale.ROOT);
                boolean expected = seg.tokenText(i).length() <= 14 && (lower.equals("at") || lower.equals("in"));
                assertTrue(expected == PlaceFinder.atOrIn(seg, i), "'" + seg.tokenText(i) + "'");
                hits += expected ? 1 : 0;
            }
        }
        assertTrue(hits > 500, "too few hits: " + hits);
    }

    @Test
    void noCandidateMeansNoVenue() {
        PlaceFinder finder = new PlaceFinder(Gazetteer.standard());
        Random random = new Random(2718L);
        int candidates = 0;
        int venues = 0;
        for (int doc = 0; doc < 3000; doc++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + random.nextInt(25);
            for (int k = 0; k < words; k++) {
                b.append(WORDS[random.nextInt(WORDS.length)]).append(GLUE[random.nextInt(GLUE.length)]);
            }
            Segmentation seg = new Segmenter().segment(b.toString());
            List<EntityMention> everything = new ArrayList<>();
            for (Token t : seg.tokens()) {
                String text = b.substring(t.start(), t.end());
                everything.add(new EntityMention(new CharSpan(t.start(), t.end()), EntityType.LOC, text, text));
            }
            List<CharSpan> exclude = null;
            if (random.nextBoolean() && b.length() > 0) {
                int from = random.nextInt(b.length());
                exclude = List.of(new CharSpan(from, from + random.nextInt(b.length() - from + 1)));
            }
            for (int s = 0; s < seg.sentences().size(); s++) {
                boolean candidate = finder.hasVenueCandidate(seg, s, exclude);
                Place place = finder.venue(seg, s, everything, exclude);
                if (!candidate) {
                    assertNull(place, b.toString());
                } else {
                    candidates++;
                }
                if (place != null) {
                    venues++;
                }
            }
        }
        assertTrue(candidates > 300 && venues > 100, candidates + " candidates, " + venues + " venues");
        assertFalse(finder.hasVenueCandidate(new Segmenter().segment("He said it was fine."), 0, null));
    }

    @Test
    void cheapestFirstAnswersAsCandidateEnd() {
        PlaceFinder finder = new PlaceFinder(Gazetteer.standard());
        Random random = new Random(1618L);
        int yes = 0;
        int no = 0;
        for (int doc = 0; doc < 3000; doc++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + random.nextInt(40);
            for (int k = 0; k < words; k++) {
                b.append(WORDS[random.nextInt(WORDS.length)]).append(GLUE[random.nextInt(GLUE.length)]);
            }
            Segmentation seg = new Segmenter().segment(b.toString());
            List<CharSpan> exclude = null;
            if (random.nextBoolean() && b.length() > 0) {
                exclude = new ArrayList<>();
                for (int k = random.nextInt(3); k >= 0; k--) {
                    int from = random.nextInt(b.length());
                    exclude.add(new CharSpan(from, from + random.nextInt(b.length() - from + 1)));
                }
            }
            for (int s = 0; s < seg.sentences().size(); s++) {
                boolean expected = finder.hasVenueCandidateByCandidateEnd(seg, s, exclude);
                assertTrue(expected == finder.hasVenueCandidate(seg, s, exclude), b.toString());
                if (expected) {
                    yes++;
                } else {
                    no++;
                }
            }
        }
        assertTrue(yes > 300 && no > 300, yes + " with a candidate, " + no + " without");
    }
}
