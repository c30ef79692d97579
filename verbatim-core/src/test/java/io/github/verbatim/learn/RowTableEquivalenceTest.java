package io.github.verbatim.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link FeatureExtractor} takes the rows of its small-domain context templates (quotation state, lexicon
 * distance, position, stacked tags) from tables filled once instead of hashing them per position. These tests
 * hold it to {@link ReferenceFeatureExtractor}, the extractor as it was before, which hashes every row: on
 * seeded random articles with random feature groups, hash sizes, lexicons and first-pass tags, every paragraph's
 * offsets and rows must be equal, in the same order.
 */
class RowTableEquivalenceTest {

    private static final String[] WORDS = {"said", "Said", "says", "told", "according", "to", "the", "The",
        "Obama", "Mrs.", "U.S.", "we", "will", "win", "1,200", "2026", "it's", "O'Neil", "a", "I", "on",
        "Wednesday", "added", "claimed", "statement", "e-mail", "café", "CEO"};

    @Test
    void everyTableEntryIsTheHashedRow() {
        FeatureExtractor extractor = new FeatureExtractor(EnumSet.allOf(FeatureGroup.class), 16,
                CueLexicon.of(new long[0], new byte[0]));
        int[] templates = extractor.tabledTemplates();
        assertEquals(26, templates.length, "tabled templates");
        for (int template : templates) {
            int[] table = extractor.rowTable(template);
            for (int v = 0; v < table.length; v++) {
                assertEquals(extractor.row(template, v), table[v], "template " + template + ", value " + v);
            }
        }
    }

    @Test
    void randomArticlesGiveTheSameRowsAsHashingEveryRow() {
        Random random = new Random(20261128L);
        Segmenter segmenter = new Segmenter();
        for (int trial = 0; trial < 40; trial++) {
            int hashBits = 10 + random.nextInt(8);
            CueLexicon lexicon = randomLexicon(random);
            Set<FeatureGroup> groups = EnumSet.noneOf(FeatureGroup.class);
            for (FeatureGroup g : FeatureGroup.values()) {
                if (trial < 4 || random.nextInt(4) != 0) {
                    groups.add(g);
                }
            }
            FeatureExtractor fast = new FeatureExtractor(groups, hashBits, lexicon);
            ReferenceFeatureExtractor reference = new ReferenceFeatureExtractor(groups, hashBits, lexicon);
            for (int article = 0; article < 20; article++) {
                Segmentation s = segmenter.segment(randomText(random));
                int[] prior = randomTags(random, s.tokens().size());
                for (int p = 0; p < s.paragraphs().size(); p++) {
                    String where = "trial " + trial + ", article " + article + ", paragraph " + p + ", groups " + groups;
                    SequenceFeatures expected = reference.extract(s, p, prior);
                    SequenceFeatures actual = fast.extract(s, p, prior);
                    assertEquals(expected.firstToken(), actual.firstToken(), where);
                    assertArrayEquals(expected.offsets(), actual.offsets(), where);
                    assertArrayEquals(expected.rows(), actual.rows(), where);
                }
            }
        }
    }

    /** First-pass tags: mostly O, with runs of every tag so that the stacked templates see all their values. */
    private static int[] randomTags(Random random, int n) {
        int[] tags = new int[n];
        for (int i = 0; i < n; i++) {
            tags[i] = random.nextInt(3) == 0 ? random.nextInt(BioTags.COUNT) : BioTags.O;
        }
        return tags;
    }

    private static CueLexicon randomLexicon(Random random) {
        java.util.TreeMap<Long, Byte> entries = new java.util.TreeMap<>();
        for (String w : WORDS) {
            if (random.nextInt(3) == 0) {
                entries.put(FeatureHash.lower(w), (byte) (1 + random.nextInt(3)));
            }
        }
        long[] keys = entries.keySet().stream().mapToLong(Long::longValue).toArray();
        byte[] strengths = new byte[keys.length];
        int i = 0;
        for (byte b : entries.values()) {
            strengths[i++] = b;
        }
        return CueLexicon.of(keys, strengths);
    }

    /** Up to six paragraphs of up to eight sentences of up to 45 tokens, so that every distance bucket occurs. */
    private static String randomText(Random random) {
        return RandomTaggerText.generate(random, WORDS, 6, 8, 45);
    }
}
