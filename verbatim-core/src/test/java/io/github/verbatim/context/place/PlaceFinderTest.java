package io.github.verbatim.context.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.verbatim.context.gazetteer.Gazetteer;
import io.github.verbatim.context.ner.NerTagger;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceFinderTest {

    private final PlaceFinder finder = new PlaceFinder(Gazetteer.standard());
    private final Segmenter segmenter = new Segmenter();

    private Place venue(String sentence) {
        Segmentation seg = segmenter.segment(sentence);
        return finder.venue(seg, 0, NerTagger.standard().tag(seg), List.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Blinken speaks at NATO headquarters in Brussels on Wednesday.|NATO headquarters in Brussels",
        "He told reporters in Iowa that he would win.|Iowa",
        "Clinton spoke at a rally in Des Moines on Monday.|Des Moines",
        "She said at the White House that talks would resume.|White House",
        "The mayor spoke at a press conference in Chelsea.|Chelsea",
        "Trump told supporters at a rally in Port St. Lucie on Monday.|Port St. Lucie"})
    void findsVenues(String sentence, String expected) {
        Place p = venue(sentence);
        assertEquals(expected, p == null ? null : p.text(), sentence);
        assertEquals(p.text(), p.span().slice(sentence));
        assertEquals(PlaceKind.VENUE, p.kind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "He said in a statement that he was pleased.", "They met in March to talk.",
        "In his statement, Blinken stresses the importance of spending.", "She said it in 2015.",
        "Graham said most of them accept that human activity is causing significant shifts in Earth’s climate.",
        "He said in African-American communities the mood was grim.",
        "In Paris, where the treaty was signed after years of talks between many nations of the world, she said it was over."})
    void ignoresNonPlaces(String sentence) {
        assertNull(venue(sentence));
    }

    /** ¶ stands for a paragraph break. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Talks resume.¶BRUSSELS (Reuters) \u2014 NATO ministers met on Wednesday to discuss spending.|BRUSSELS",
        "Stein removed.¶HEMPSTEAD, N.Y., Sept. 26 (UPI) \u2014 Green Party candidate Jill Stein was escorted off.|HEMPSTEAD, N.Y.",
        "NEW YORK - The city council voted on Tuesday to approve the budget.|NEW YORK",
        "ATLANTIC CITY \u2014 Hillary Clinton descended on this struggling seaside town on Wednesday.|ATLANTIC CITY"})
    void findsDatelines(String marked, String expected) {
        String text = marked.replace("\u00b6", "\n\n");
        Place p = finder.dateline(segmenter.segment(text));
        assertEquals(expected, p == null ? null : p.text());
        assertEquals(PlaceKind.DATELINE, p.kind());
        assertEquals(expected, p.span().slice(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"The US economy grew.", "NATO AND THE FUTURE¶The alliance met on Friday."})
    void noDatelineWithoutAMark(String marked) {
        assertNull(finder.dateline(segmenter.segment(marked.replace("\u00b6", "\n\n"))));
    }
}
