package io.github.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.text.Segmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CueLexicon#match} (entries split by first and second token) finds exactly the entry the plain
 * definition finds: the longest entry of at least the asked precision whose tokens are the text's tokens
 * from {@code i}, ending by the limit. Checked on seeded random texts made of the lexicon's own tokens (so
 * long phrases, their prefixes and near misses are frequent), at random limits and thresholds.
 */
class CueLexiconMatchEquivalenceTest {

    private static final String[] OTHER = {"the", "he", "she", "officials", "Minister", "\"", ",", ".", "that",
        "on", "Monday", "Says", "SAID", "it’s", "don’t", "(", ")", "-", "x"};

    @Test
    void splitMatchingEqualsThePlainLongestMatch() {
        CueLexicon lexicon = CueLexicon.standard();
        List<CueEntry> all = lexicon.allEntries();
        List<String> words = new ArrayList<>();
        all.forEach(e -> words.addAll(e.tokens()));
        Random random = new Random(23L);
        int matches = 0;
        int longer = 0;
        for (int doc = 0; doc < 400; doc++) {
            StringBuilder b = new StringBuilder();
            int length = 5 + random.nextInt(80);
            for (int k = 0; k < length; k++) {
                if (random.nextInt(4) == 0) {
                    b.append(OTHER[random.nextInt(OTHER.length)]);
                } else if (random.nextInt(3) == 0) {
                    b.append(all.get(random.nextInt(all.size())).phrase()); // a whole phrase
                } else {
                    b.append(words.get(random.nextInt(words.size())));
                }
                b.append(' ');
            }
            TokenText tokens = TokenText.of(new Segmenter().segment(b.toString()));
            for (int i = 0; i < tokens.size(); i++) {
                int limit = random.nextInt(3) == 0 ? i + 1 + random.nextInt(4) : tokens.size();
                limit = Math.min(limit, tokens.size());
                double least = random.nextBoolean() ? CueLexicon.DEFAULT_MIN_PRECISION
                        : CueLexicon.FLOOR_PRECISION + random.nextDouble() * 0.5;
                CueMatch got = lexicon.match(tokens, i, limit, least);
                CueEntry want = plainLongest(all, tokens, i, limit, least);
                if (want == null) {
                    assertEquals(null, got, "at " + i + " in: " + b);
                } else {
                    matches++;
                    if (want.tokens().size() > 1) {
                        longer++;
                    }
                    assertSame(want, got.entry(), "at " + i + " in: " + b);
                    assertEquals(i, got.firstToken());
                    assertEquals(i + want.tokens().size(), got.endToken());
                }
            }
        }
        assertTrue(matches > 2000 && longer > 300, "too few matches to test anything: " + matches + ", " + longer);
    }

    /** The longest entry of at least {@code least} precision matching at {@code i} and ending by {@code limit}. */
    private static CueEntry plainLongest(List<CueEntry> all, TokenText tokens, int i, int limit, double least) {
        CueEntry best = null;
        for (CueEntry e : all) {
            int n = e.tokens().size();
            if (i + n > limit || e.precision() < least || (best != null && n <= best.tokens().size())) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                ok = e.tokens().get(k).equals(tokens.get(i + k));
            }
            if (ok) {
                best = e;
            }
        }
        return best;
    }
}
