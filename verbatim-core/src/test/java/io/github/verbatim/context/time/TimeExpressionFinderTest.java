package io.github.verbatim.context.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeExpressionFinderTest {

    private final TimeExpressionFinder finder = new TimeExpressionFinder();
    private final TimeResolver resolver = new TimeResolver();
    private final Segmenter segmenter = new Segmenter();

    private List<TimeExpression> find(String text) {
        return finder.find(segmenter.segment(text));
    }

    /** Published Wednesday 2021-03-24, the seed article's day. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Blinken speaks in Brussels on Wednesday.|on Wednesday|2021-03-24|2021-03-24|DAY",
        "He spoke on Tuesday night.|on Tuesday night|2021-03-23|2021-03-23|DAY",
        "She said it yesterday.|yesterday|2021-03-23|2021-03-23|DAY",
        "It happened last week.|last week|2021-03-15|2021-03-21|WEEK",
        "They met earlier this month.|earlier this month|2021-03-01|2021-03-31|MONTH",
        "The law passed in 2015.|in 2015|2015-01-01|2015-12-31|YEAR",
        "The deal was signed on March 24.|on March 24|2021-03-24|2021-03-24|DAY",
        "Remembering Sept. 11 changed him.|Sept. 11|2020-09-11|2020-09-11|DAY",
        "They will meet next Tuesday.|next Tuesday|2021-03-30|2021-03-30|DAY",
        "He resigned last Friday.|last Friday|2021-03-19|2021-03-19|DAY",
        "He will visit on Friday.|on Friday|2021-03-26|2021-03-26|DAY",
        "It closed three days ago.|three days ago|2021-03-21|2021-03-21|DAY",
        "Sales fell last month.|last month|2021-02-01|2021-02-28|MONTH",
        "It opened in June.|in June|2020-06-01|2020-06-30|MONTH",
        "It opens in April.|in April|2021-04-01|2021-04-30|MONTH",
        "Sales rose last year.|last year|2020-01-01|2020-12-31|YEAR",
        "It was written on 24 March 2019.|on 24 March 2019|2019-03-24|2019-03-24|DAY",
        "The vote is on Wednesday, March 31.|on Wednesday, March 31|2021-03-31|2021-03-31|DAY",
        "The team played last weekend.|last weekend|2021-03-20|2021-03-21|WEEK"})
    void findsAndResolves(String sentence, String expression, String start, String end, String precision) {
        List<TimeExpression> found = find(sentence);
        assertEquals(1, found.size(), () -> "expressions in '" + sentence + "': " + found);
        TimeExpression e = found.get(0);
        assertEquals(expression, e.text());
        assertEquals(expression, sentence.substring(e.span().start(), e.span().end()));
        ResolvedTime t = resolver.resolve(e, LocalDate.of(2021, 3, 24), TimeSource.STATEMENT);
        assertEquals(LocalDate.parse(start), t.start());
        assertEquals(LocalDate.parse(end), t.end());
        assertEquals(TimePrecision.valueOf(precision), t.precision());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "You may go now.", "They march on.", "A reporter for USA Today spotted her.", "The score was 14.7 in 1,200 games.",
        "It cost $2015 to fix.", "Jan said hello."})
    void ignoresLookalikes(String sentence) {
        assertEquals(List.of(), find(sentence));
    }

    @Test
    void keepsRelativeExpressionsUnresolvedWithoutAPublicationDate() {
        TimeExpression e = find("Blinken speaks on Wednesday.").get(0);
        ResolvedTime t = resolver.resolve(e, null, TimeSource.STATEMENT);
        assertEquals(false, t.resolved());
        assertEquals(null, t.start());
        assertEquals(TimePrecision.DAY, t.precision());
        ResolvedTime year = resolver.resolve(find("It began in 1995.").get(0), null, TimeSource.STATEMENT);
        assertTrue(year.resolved(), "an explicit year needs no publication date");
    }

    /** Seeded random token soup: never throws, spans point at their text, results never overlap. */
    @Test
    void randomTextKeepsInvariants() {
        String[] words = {"on", "in", "last", "next", "this", "earlier", "Monday", "Tuesday", "March", "May",
            "Sept", ".", ",", "24", "24th", "2015", "1,200", "14.7", "week", "weekend", "month", "year", "ago", "two",
            "yesterday", "night", "will", "since", "by", "early", "the", "said", "\u201C", "\u2019ll", "Today"};
        Random random = new Random(20210324L);
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(25);
            for (int i = 0; i < n; i++) {
                b.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String text = b.toString();
            Segmentation seg = segmenter.segment(text);
            List<TimeExpression> found = finder.find(seg);
            int lastEnd = -1;
            LocalDate published = LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
            for (TimeExpression e : found) {
                assertEquals(e.text(), text.substring(e.span().start(), e.span().end()), text);
                assertTrue(e.span().start() >= lastEnd, () -> "overlap in " + text);
                lastEnd = e.span().end();
                ResolvedTime t = resolver.resolve(e, published, TimeSource.STATEMENT);
                assertTrue(!t.end().isBefore(t.start()));
            }
        }
    }
}
