package io.github.verbatim.context.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.text.Segmenter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Normalised names from the shipped model: metonyms, aliases, demonyms, and what stays as written. */
class NerTaggerNormalisationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "We see how Beijing and Moscow are using access to markets.|Beijing|China",
        "We see how Beijing and Moscow are using access to markets.|Moscow|Russia",
        "Washington does not intend to force allies to take sides.|Washington|United States",
        "The decision was made by the Kremlin.|Kremlin|Government of Russia",
        "Blinken speaks at NATO headquarters in Brussels on Wednesday.|Brussels|Brussels",
        "He said the U.S. would not pay.|U.S.|United States"})
    void normalises(String sentence, String text, String name) {
        List<EntityMention> mentions = NerTagger.standard().tag(new Segmenter().segment(sentence));
        EntityMention m = mentions.stream().filter(x -> x.text().equals(text)).findFirst().orElse(null);
        assertTrue(m != null, text + " not tagged in: " + mentions);
        assertEquals(name, m.normalisedName());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It could tip things toward a favored candidate by the Kremlin.",
        "They said that the deal was done."})
    void neverReportsBareArticlesOrPunctuation(String sentence) {
        for (EntityMention m : NerTagger.standard().tag(new Segmenter().segment(sentence))) {
            assertTrue(!m.text().equalsIgnoreCase("the") && !m.text().equals(".") && !m.text().startsWith("the "),
                    m.toString());
        }
    }
}
