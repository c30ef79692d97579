package io.github.verbatim.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.verbatim.text.Segmenter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ResidueDetectorTest {

    private static List<String> residue(String text) {
        return new ResidueDetector().detect(new Segmenter().segment(text)).stream()
                .map(r -> r.kind() + ":" + text.substring(r.start(), r.end())).collect(Collectors.toList());
    }

    @Test
    void repeatedHeadlineIsMarkedOnceNotTheFirst() {
        assertEquals(List.of("repeated-headline:Big news today"),
                residue("Big news today\n\nBig news today\n\nThe story starts here."));
    }

    @Test
    void insertsAreMarkedToTheirLineOrSentenceEnd() {
        assertEquals(List.of("insert:ALSO READ: Shooting in Texas: one killed"),
                residue("He spoke.\n\nALSO READ: Shooting in Texas: one killed\n\nHe left."));
        assertEquals(List.of("insert:Read the rest here."), residue("He spoke at length. Read the rest here."));
        assertEquals(List.of("insert:Follow Pam Key on Twitter @pamkeyNEN."),
                residue("He spoke.\n\nFollow Pam Key on Twitter @pamkeyNEN."));
        assertEquals(List.of("insert:Subscribe to our politics podcast here."),
                residue("He spoke. Subscribe to our politics podcast here."));
        assertEquals(List.of("insert:Click here for more."), residue("He spoke. Click here for more."));
        assertEquals(List.of("photo-credit:Photo: John Moore/Getty Images."),
                residue("He spoke.\n\nPhoto: John Moore/Getty Images."));
        assertEquals(List.of("share:Share Tweet Email"), residue("He spoke.\n\nShare Tweet Email\n\nMore text."));
    }

    @Test
    void ordinaryProseIsNotResidue() {
        assertEquals(List.of(), residue("Read my lips, he said. Subscribers to the theory disagree. "
                + "He will follow the rules. Photographs were taken."));
    }
}
