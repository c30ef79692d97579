package io.github.verbatim.context.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.text.Segmenter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Beijing,CAPITAL,China", "Moscow,CAPITAL,Russia", "Washington,CAPITAL,United States",
        "the Kremlin,INSTITUTION,Government of Russia", "Kremlin,INSTITUTION,Government of Russia",
        "China,COUNTRY,China", "U.S.,COUNTRY,United States", "Britain,COUNTRY,United Kingdom",
        "Burma,COUNTRY,Myanmar", "French,DEMONYM,France", "Chinese,DEMONYM,China", "Syrian,DEMONYM,Syria",
        "Mexican,DEMONYM,Mexico", "Iraqi,DEMONYM,Iraq", "Russian,DEMONYM,Russia", "Americans,DEMONYM,United States",
        "south korea,COUNTRY,South Korea"})
    void knows(String name, String kind, String refersTo) {
        GazetteerEntry e = gazetteer.lookup(name);
        assertEquals(GazetteerKind.valueOf(kind), e == null ? null : e.kind(), name);
        assertEquals(refersTo, e.refersTo());
    }

    @Test
    void shortNamesMatchTheirCase() {
        assertNull(gazetteer.lookup("us"), "the pronoun is not the country");
        assertEquals("United States", gazetteer.lookup("US").refersTo());
    }

    @Test
    void matchesLongestNamesInText() {
        var seg = new Segmenter().segment("Talks in New Delhi and South Korea, not Jersey.");
        var matches = gazetteer.match(seg, 0, seg.tokens().size());
        assertEquals("India", matches.get(0).entry().refersTo());
        assertEquals("South Korea", matches.get(1).entry().refersTo());
        assertTrue(gazetteer.size() > 300, "size " + gazetteer.size());
    }
}
