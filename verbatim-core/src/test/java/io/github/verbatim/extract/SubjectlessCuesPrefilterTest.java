package io.github.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SubjectlessCues#mayOpenVerbGroup}, checked before the patterns, holds for every cue one of the
 * patterns matches: on seeded random cues made of auxiliaries, participles, adverbs and other words in random
 * case and spacing.
 */
class SubjectlessCuesPrefilterTest {

    private static final String[] WORDS = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
        "would", "could", "can", "may", "might", "get", "gets", "got", "gotten", "getting", "seem", "seems",
        "seemed", "appear", "appears", "appeared", "being", "also", "not", "never", "quickly", "already",
        "reported", "shown", "taken", "said", "told", "worried", "expected", "known", "says", "IS", "Was",
        "ſeem", "İs", "\u212Anown", "_is", "is_", "a", "the"};
    private static final String[] SPACES = {" ", "  ", "\t", "\n", " "};

    @Test
    void everyMatchingCuePassesThePrefilter() {
        Random random = new Random(41L);
        int matched = 0;
        for (int k = 0; k < 200_000; k++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + random.nextInt(4);
            for (int w = 0; w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                b.append(random.nextInt(4) == 0 ? word.toUpperCase(java.util.Locale.ROOT) : word);
                if (w + 1 < words) {
                    b.append(SPACES[random.nextInt(SPACES.length)]);
                }
            }
            String cue = b.toString();
            boolean any = SubjectlessCues.PASSIVE.matcher(cue).matches()
                    || SubjectlessCues.OTHER_PASSIVE.matcher(cue).matches()
                    || SubjectlessCues.RAISING.matcher(cue).matches();
            if (any) {
                matched++;
                assertTrue(SubjectlessCues.mayOpenVerbGroup(cue), cue);
            }
        }
        assertTrue(matched > 5_000, "too few matching cues to test anything: " + matched);
    }
}
