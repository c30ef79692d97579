package io.github.verbatim.context.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The finder skips tokens that cannot start an expression without lower-casing them; on seeded random text
 * dense with time words (in odd cases, with non-ASCII look-alikes and digits of other scripts) it finds exactly
 * what trying every token finds.
 */
class TimeExpressionFinderSkipTest {

    private static final String[] WORDS = {"on", "On", "ON", "in", "In", "İn", "by", "since", "until", "last",
        "Last", "this", "next", "earlier", "later", "early", "late", "mid", "yesterday", "Yesterday", "today",
        "Today", "USA", "tonight", "tomorrow", "morning", "night", "evening", "week", "weekend", "month", "year",
        "years", "days", "day", "weeks", "ago", "Monday", "Wednesday", "WEDNESDAY", "wednesday", "Sunday",
        "March", "MARCH", "march", "May", "may", "June", "July", "Sept", "Sep", "Jan", "Dec", "Mar", "January",
        "September", "24", "24th", "3rd", "31", "32", "2015", "1999", "2101", "٢٤", "１２", "a", "A", "three",
        "Three", "twelve", "will", "'ll", "’ll", "shall", "scheduled", "said", "the", "He", "Obama", "\u212Aelvin",
        "ſince", "Sunday's", "week-end", "mid-March", "10th", "1st", "a.m."};
    private static final String[] GLUE = {" ", " ", " ", " ", ", ", ". ", ".", " \"", "\" ", "\n\n", " - "};

    /** Up to 40 of {@link #WORDS}, glued at random. */
    private static StringBuilder randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int words = 1 + random.nextInt(40);
        for (int k = 0; k < words; k++) {
            b.append(WORDS[random.nextInt(WORDS.length)]).append(GLUE[random.nextInt(GLUE.length)]);
        }
        return b;
    }

    @Test
    void skippingEqualsTryingEveryToken() {
        Random random = new Random(314159L);
        TimeExpressionFinder finder = new TimeExpressionFinder();
        int found = 0;
        for (int doc = 0; doc < 2000; doc++) {
            StringBuilder b = randomText(random);
            Segmentation seg = new Segmenter().segment(b.toString());
            int n = seg.tokens().size();
            int from = n == 0 ? 0 : random.nextInt(n);
            int to = from + (n == from ? 0 : random.nextInt(n - from + 1));
            List<TimeExpression> expected = finder.findTryingEveryToken(seg, from, to);
            assertEquals(expected, finder.find(seg, from, to), b.toString());
            found += expected.size();
        }
        assertFalse(found < 500, "too few expressions to compare: " + found);
    }

    @Test
    void firstAcceptedEqualsFirstOfTheWholeList() {
        Random random = new Random(2718L);
        TimeExpressionFinder finder = new TimeExpressionFinder();
        int accepted = 0;
        int refused = 0;
        for (int doc = 0; doc < 2000; doc++) {
            StringBuilder b = randomText(random);
            Segmentation seg = new Segmenter().segment(b.toString());
            int n = seg.tokens().size();
            int from = n == 0 ? 0 : random.nextInt(n);
            int to = from + (n == from ? 0 : random.nextInt(n - from + 1));
            int cut = random.nextInt(b.length() + 1);
            boolean odd = random.nextBoolean();
            java.util.function.Predicate<TimeExpression> accept = odd
                    ? e -> e.span().start() % 2 == 1 && e.span().start() >= cut
                    : e -> e.span().start() >= cut;
            TimeExpression expected = null;
            for (TimeExpression e : finder.find(seg, from, to)) {
                if (accept.test(e)) {
                    expected = e;
                    break;
                }
            }
            assertEquals(expected, finder.first(seg, from, to, accept), b.toString());
            if (expected != null) {
                accepted++;
            } else if (!finder.find(seg, from, to).isEmpty()) {
                refused++;
            }
        }
        assertFalse(accepted < 300 || refused < 300, "too few cases to compare: " + accepted + ", " + refused);
    }
}
