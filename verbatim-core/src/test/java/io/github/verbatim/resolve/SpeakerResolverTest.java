package io.github.verbatim.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.TokenText;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small examples of {@link SpeakerResolver#resolve}. */
class SpeakerResolverTest {

    @Test
    void noStatementsMeansNoSpeakers() {
        Segmentation seg = new Segmenter().segment("Secretary of State Anthony Blinken met Sergei Lavrov. Blinken said"
                + " little.");
        Resolution r = new SpeakerResolver().resolve(seg, TokenText.of(seg), List.<Candidate>of(), List.of());
        assertEquals(List.of(), r.speakers());
        assertEquals(List.of(), r.refs());
        assertEquals(List.of(), r.sieves());
    }
}
