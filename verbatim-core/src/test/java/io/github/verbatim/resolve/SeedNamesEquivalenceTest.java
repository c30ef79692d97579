package io.github.verbatim.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.clean.ResidueDetector;
import io.github.verbatim.clean.ResidueSpan;
import io.github.verbatim.extract.TokenText;
import io.github.verbatim.model.Article;
import io.github.verbatim.testing.SharedData;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SpeakerResolver#seedNames} with its cheap paths (pruned sentence-initial forms, lone words kept as
 * offsets, forms taken from {@link TokenText}) seeds exactly the entities {@link SeedNamesReference} (the code
 * before them) seeds: same names, kinds, aliases and roles in the same order, same mentions, and the same
 * entity at every mentioned position.
 */
class SeedNamesEquivalenceTest {

    private static final String[] PIECES = {"Barack Obama", "Obama", "obama", "President Barack Obama", "Mr. Obama",
        "Hillary Clinton", "Clinton", "Secretary of State Hillary Clinton", "Ludwig van Beethoven", "Beethoven",
        "Abu al Baghdadi", "Baghdadi", "Charles de Gaulle", "Gaulle", "O’Brien", "Conan O’Brien", "o’brien",
        "O'Neill", "Tip O'Neill", "o'neill", "Dʼarcy Smith", "Dʼarcy", "dʼarcy", "Smith", "smith", "NATO", "FBI",
        "The", "the", "But", "but", "Police", "police", "Officials", "officials", "White House", "House",
        "White House press secretary Josh Earnest", "Earnest", "earnest", "the US Department of State", "İstanbul",
        "Istanbul", "\u212Aelvin Jones", "Jones", "Ábel Tóth", "Tóth", "said", "told", "reporters", "on Tuesday",
        "\u201C", "\u201D", "\"", ",", ", the campaign’s press secretary,", "Fallon", "Brian Fallon", "U.S.",
        "Lawrence B. Cummings", "Cummings", "of", "van", "al", "de", "Of", "A", "I", "He", "he", "She", "It"};

    @Test
    void seedsTheSameEntitiesOnRandomTexts() {
        Random random = new Random(71L);
        Segmenter segmenter = new Segmenter();
        int entities = 0;
        for (int doc = 0; doc < 2000; doc++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + random.nextInt(60);
            for (int k = 0; k < pieces; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                int sep = random.nextInt(8);
                b.append(sep == 0 ? ". " : sep == 1 ? "\n\n" : " ");
            }
            Segmentation seg = segmenter.segment(b.toString());
            List<ResidueSpan> residue = new ArrayList<>();
            int at = 0;
            while (random.nextInt(3) == 0 && at < seg.text().length() - 1) {
                int start = at + random.nextInt(seg.text().length() - at);
                int end = Math.min(seg.text().length(), start + 1 + random.nextInt(30));
                if (end > start) {
                    residue.add(new ResidueSpan(start, end, "insert"));
                }
                at = end + 1;
            }
            entities += assertSameSeeds(seg, residue);
        }
        assertTrue(entities > 3000, "too few entities seeded to test anything: " + entities);
    }

    @Test
    void seedsTheSameEntitiesOnNews() throws IOException {
        Segmenter segmenter = new Segmenter();
        ResidueDetector detector = new ResidueDetector();
        int entities = 0;
        for (Article article : SharedData.newsMix(600)) {
            Segmentation seg = segmenter.segment(article.text());
            entities += assertSameSeeds(seg, detector.detect(seg));
        }
        assertTrue(entities > 1000, "too few entities seeded to test anything: " + entities);
    }

    private static int assertSameSeeds(Segmentation seg, List<ResidueSpan> residue) {
        TokenText forms = TokenText.of(seg);
        ResolutionState expected = new ResolutionState();
        SeedNamesReference.seedNames(seg, forms, residue, expected);
        ResolutionState actual = new ResolutionState();
        SpeakerResolver.seedNames(seg, forms, residue, actual);
        assertEquals(describe(expected), describe(actual), seg.text());
        return expected.entities.size();
    }

    private static String describe(ResolutionState state) {
        StringBuilder b = new StringBuilder();
        for (Entity e : state.entities) {
            b.append(e.name).append('|').append(e.kind).append('|').append(e.aliases).append('|').append(e.roles)
                    .append('|').append(e.mentions).append('\n');
            for (int m : e.mentions) {
                Entity at = state.mostRecent(m + 1, x -> true);
                b.append(m).append("->").append(state.entities.indexOf(at)).append(' ');
            }
            b.append('\n');
        }
        return b.toString();
    }
}
