package io.github.verbatim.context.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BracketedNerReaderTest {

    @Test
    void stripsBracketsAndKeepsSpans() {
        List<NerDocument> docs = BracketedNerReader.parse(
                "### a\n\u27E6PER Anthony Blinken\u27E7 spoke in \u27E6LOC Brussels\u27E7.\n\n### b\nNothing here.\n");
        assertEquals(2, docs.size());
        NerDocument a = docs.get(0);
        assertEquals("Anthony Blinken spoke in Brussels.", a.text());
        assertEquals("Anthony Blinken", a.entities().get(0).span().slice(a.text()));
        assertEquals(EntityType.LOC, a.entities().get(1).type());
        assertEquals("Brussels", a.entities().get(1).span().slice(a.text()));
        assertEquals(List.of(), docs.get(1).entities());
    }

    @Test
    void failsNamingTheBadLabel() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BracketedNerReader.parse("### x\n\u27E6PERSON Anna\u27E7"));
        assertEquals(true, e.getMessage().contains("PERSON"));
    }
}
