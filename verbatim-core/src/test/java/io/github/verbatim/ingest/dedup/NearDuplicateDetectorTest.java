package io.github.verbatim.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.verbatim.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicateDetectorTest {

    private static final String[] VOCAB = ("government minister said tuesday police city protest election vote"
            + " economy market bank rate inflation court judge ruling president party leader border trade deal"
            + " talks week month year report official spokesman statement crisis health hospital school").split(" ");

    private static List<String> story(Random random, int words) {
        List<String> w = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            w.add(VOCAB[random.nextInt(VOCAB.length)]);
        }
        return w;
    }

    @Test
    void republishedWireStoryPointsAtTheFirstCopy() {
        Random random = new Random(7);
        String wire = String.join(" ", story(random, 400));
        NearDuplicateDetector d = new NearDuplicateDetector();
        Article first = d.mark(Article.of("reuters-1", wire));
        Article copy = d.mark(Article.of("outlet-2", "By Staff Writer. " + wire + " Copyright 2024."));
        Article again = d.mark(Article.of("outlet-3", wire));
        assertNull(first.metadata().duplicateOf());
        assertEquals("reuters-1", copy.metadata().duplicateOf());
        assertEquals("reuters-1", again.metadata().duplicateOf());
    }

    /** Seeded: light edits stay duplicates, independent stories never match. */
    @Test
    void editsStayDuplicatesAndDistinctStoriesDoNot() {
        Random random = new Random(11);
        NearDuplicateDetector d = new NearDuplicateDetector();
        List<List<String>> originals = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            List<String> s = story(random, 300 + random.nextInt(300));
            originals.add(s);
            assertEquals(Optional.empty(), d.check("o" + i, String.join(" ", s)), "distinct story " + i);
        }
        for (int i = 0; i < 200; i++) {
            List<String> edited = new ArrayList<>(originals.get(i));
            edited.set(random.nextInt(edited.size()), "amended");
            assertEquals(Optional.of("o" + i), d.check("e" + i, String.join(" ", edited)), "edited story " + i);
        }
    }

    @Test
    void shortTextsAreNeverFlagged() {
        NearDuplicateDetector d = new NearDuplicateDetector();
        assertEquals(Optional.empty(), d.check("a", "Police said nothing."));
        assertEquals(Optional.empty(), d.check("b", "Police said nothing."));
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new NearDuplicateDetector(1.5, 50));
        assertThrows(IllegalArgumentException.class, () -> new NearDuplicateDetector(0.8, 1));
    }
}
