package io.github.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.testing.SharedData;
import io.github.verbatim.text.Segmenter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueLexiconTest {

    private static String shipped() throws IOException {
        try (InputStream in = CueLexicon.class.getResourceAsStream(CueLexicon.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shipsAtLeast150CorpusCuesAboveTheThreshold() throws IOException {
        List<CueEntry> raw = CueLexicon.readEntries(shipped());
        long kept = raw.stream().filter(e -> e.annotated() >= 2 && e.precision() >= CueLexicon.DEFAULT_MIN_PRECISION
                && Character.isLetter(e.tokens().get(0).charAt(0))).count();
        assertTrue(kept >= 150, "only " + kept + " cues");
        assertTrue(CueLexicon.standard().size() >= kept);
    }

    @Test
    void matchesLongestPhraseAndInflections() {
        TokenText t = TokenText.of(new Segmenter().segment("he said in a statement that she stresses it"));
        CueMatch m = CueLexicon.standard().match(t, 1);
        assertNotNull(m);
        assertEquals("said in a statement", m.form());
        assertNotNull(CueLexicon.standard().match(t, 7), "stresses is an inflection of stressed");
        assertNull(CueLexicon.standard().match(t, 0));
    }

    @Test
    void shippedLexiconIsWhatTheBuilderMakesFromTrain() throws IOException {
        Path train = SharedData.require("polnear/train");
        assertEquals(shipped(), new CueLexiconBuilder().build(train),
                "regenerate cues.tsv with CueLexiconBuilder (see its header)");
    }
}
