package io.github.verbatim.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The fast emission path ({@link TaggingWorkspace}: token-local template weights summed once per distinct
 * token in a {@link TokenVectorCache}, other features gathered) against the plain per-feature sum over
 * {@link FeatureExtractor#extract}, on seeded random articles: the int emission of every position of every
 * pass and the resulting tags must be equal, with a roomy cache, with a cache so small that tokens evict
 * each other and spill into the overflow area, and with the shipped model.
 */
class TokenCacheEquivalenceTest {

    private static final int T = BioTags.COUNT;
    private static final int STRIDE = BioTags.STRIDE;
    private static final String[] WORDS = {"said", "Said", "SAID", "says", "told", "according", "to", "the", "The",
        "Obama", "obama", "Mrs.", "U.S.", "we", "will", "win", "1,200", "2026", "x1", "it's", "can't", "O'Neil",
        "a", "I", "on", "Wednesday", "added", "claimed", "statement", "Anti-government", "e-mail", "café", "Zürich",
        "internationalization", "Supercalifragilistic", "https://example.org/path", "naïve", "CEO", "ok"};

    @Test
    void randomModelsGiveTheSameEmissionsAndTags() {
        Random random = new Random(20261128L);
        Segmenter segmenter = new Segmenter();
        for (int trial = 0; trial < 12; trial++) {
            TaggerModel model = randomModel(random);
            TaggingWorkspace roomy = model.newWorkspace(1 << 12);
            TaggingWorkspace tiny = model.newWorkspace(4);
            for (int article = 0; article < 15; article++) {
                Segmentation s = segmenter.segment(randomText(random));
                String where = "trial " + trial + ", article " + article;
                assertEmissionsEqual(model, roomy, s, where + ", roomy cache");
                assertEmissionsEqual(model, tiny, s, where + ", tiny cache");
                int[] plain = model.tagPlain(s);
                assertArrayEquals(plain, roomy.tag(s), where + ", roomy cache");
                assertArrayEquals(plain, tiny.tag(s), where + ", tiny cache");
                assertArrayEquals(plain, model.tag(s), where + ", pooled workspace");
            }
            assertTrue(roomy.cacheHitRate() > 0.3, "the cache answers repeated tokens: " + roomy.cacheHitRate());
        }
    }

    @Test
    void aSecondPassThatReusesTheFirstPassRowsGivesTheSameEmissionsAndTags() {
        Random random = new Random(20261129L);
        Segmenter segmenter = new Segmenter();
        int chained = 0;
        for (int trial = 0; trial < 12; trial++) {
            TaggerModel model = randomChainedModel(random, trial % 4 != 3);
            boolean expectChained = trial % 4 != 3
                    || model.extractor().lexicon().sameEntries(model.base().extractor().lexicon());
            TaggingWorkspace roomy = model.newWorkspace(1 << 12);
            TaggingWorkspace tiny = model.newWorkspace(4);
            assertEquals(expectChained, roomy.chained(), "trial " + trial);
            chained += roomy.chained() ? 1 : 0;
            for (int article = 0; article < 15; article++) {
                Segmentation s = segmenter.segment(randomText(random));
                String where = "trial " + trial + ", article " + article;
                assertEmissionsEqual(model, roomy, s, where + ", roomy cache");
                assertEmissionsEqual(model, tiny, s, where + ", tiny cache");
                int[] plain = model.tagPlain(s);
                assertArrayEquals(plain, roomy.tag(s), where + ", roomy cache");
                assertArrayEquals(plain, tiny.tag(s), where + ", tiny cache");
                assertArrayEquals(plain, model.tag(s), where + ", pooled workspace");
            }
        }
        assertTrue(chained >= 9, chained + " chained trials");
    }

    @Test
    void onlyAnExtensionOfTheFirstPassReusesItsRows() {
        CueLexicon lex = CueLexicon.of(new long[] {1L, 2L}, new byte[] {1, 3});
        CueLexicon same = CueLexicon.of(new long[] {1L, 2L}, new byte[] {1, 3});
        CueLexicon other = CueLexicon.of(new long[] {1L, 2L}, new byte[] {1, 2});
        Set<FeatureGroup> base = EnumSet.of(FeatureGroup.WORDS, FeatureGroup.QUOTES);
        Set<FeatureGroup> plus = EnumSet.of(FeatureGroup.WORDS, FeatureGroup.QUOTES, FeatureGroup.STACKED);
        FeatureExtractor first = new FeatureExtractor(base, 12, lex);
        assertTrue(new FeatureExtractor(plus, 12, same).extendsRowsOf(first));
        assertTrue(!new FeatureExtractor(plus, 12, other).extendsRowsOf(first), "other lexicon strengths");
        assertTrue(!new FeatureExtractor(plus, 13, lex).extendsRowsOf(first), "other hash bits");
        assertTrue(!new FeatureExtractor(EnumSet.of(FeatureGroup.WORDS, FeatureGroup.STACKED), 12, lex)
                .extendsRowsOf(first), "fewer groups");
        assertTrue(!new FeatureExtractor(base, 12, lex).extendsRowsOf(first), "not stacked");
        assertTrue(!first.extendsRowsOf(first), "not stacked");
    }

    @Test
    void shippedModelGivesTheSameTags() {
        Random random = new Random(7L);
        Segmenter segmenter = new Segmenter();
        TaggerModel model = LearnedAttributor.standard().model();
        TaggingWorkspace tiny = model.newWorkspace(8);
        assertTrue(tiny.chained(), "the shipped second pass reuses the first pass's rows");
        for (int article = 0; article < 40; article++) {
            Segmentation s = segmenter.segment(randomText(random));
            assertEmissionsEqual(model, tiny, s, "article " + article);
            int[] plain = model.tagPlain(s);
            assertArrayEquals(plain, model.tag(s), "article " + article);
            assertArrayEquals(plain, tiny.tag(s), "article " + article + ", tiny cache");
        }
    }

    @Test
    void aHugeParagraphDoesNotDisturbLaterArticles() {
        Random random = new Random(11L);
        Segmenter segmenter = new Segmenter();
        TaggerModel model = LearnedAttributor.standard().model();
        TaggingWorkspace workspace = model.newWorkspace(16);
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 80_000; i++) {
            huge.append(i % 3 == 0 ? "w" + i : WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        Segmentation big = segmenter.segment(huge.toString());
        assertTrue(big.tokens().size() > 1 << 16, "more tokens than a workspace keeps buffers for");
        assertArrayEquals(model.tagPlain(big), workspace.tag(big));
        for (int article = 0; article < 10; article++) {
            Segmentation s = segmenter.segment(randomText(random));
            assertArrayEquals(model.tagPlain(s), workspace.tag(s), "article " + article);
        }
    }

    /** Pass by pass, the workspace's int emission of each position equals the sum of its features' rows. */
    private static void assertEmissionsEqual(TaggerModel model, TaggingWorkspace workspace, Segmentation s,
            String where) {
        List<TaggerModel> chain = new ArrayList<>();
        for (TaggerModel m = model; m != null; m = m.base()) {
            chain.add(0, m);
        }
        int[] prior = null;
        for (int pass = 0; pass < chain.size(); pass++) {
            TaggerModel m = chain.get(pass);
            for (int p = 0; p < s.paragraphs().size(); p++) {
                SequenceFeatures f = m.extractor().extract(s, p, prior);
                int[] fast = workspace.emissionSums(s, pass, p, prior);
                assertEquals(f.length() * STRIDE, fast.length, where);
                for (int i = 0; i < f.length(); i++) {
                    for (int y = 0; y < T; y++) {
                        int sum = 0;
                        for (int k = f.offsets()[i]; k < f.offsets()[i + 1]; k++) {
                            sum += m.quantum(f.rows()[k] * STRIDE + y);
                        }
                        assertEquals(sum, fast[i * STRIDE + y], where + ", pass " + pass + ", paragraph " + p
                                + ", token " + i + ", tag " + y);
                    }
                }
            }
            prior = m.tagPlain(s);
        }
    }

    private static TaggerModel randomModel(Random random) {
        int hashBits = 10 + random.nextInt(3);
        TreeMap<Long, Byte> lexicon = new TreeMap<>();
        for (String w : WORDS) {
            if (random.nextInt(3) == 0) {
                lexicon.put(FeatureHash.lower(w), (byte) (1 + random.nextInt(3)));
            }
        }
        long[] keys = lexicon.keySet().stream().mapToLong(Long::longValue).toArray();
        byte[] strengths = new byte[keys.length];
        int i = 0;
        for (byte b : lexicon.values()) {
            strengths[i++] = b;
        }
        CueLexicon lex = CueLexicon.of(keys, strengths);
        Set<FeatureGroup> firstGroups = EnumSet.noneOf(FeatureGroup.class);
        for (FeatureGroup g : FeatureGroup.values()) {
            if (g != FeatureGroup.STACKED && random.nextInt(4) != 0) {
                firstGroups.add(g);
            }
        }
        TaggerModel first = new TaggerModel(new FeatureExtractor(firstGroups, hashBits, lex),
                randomWeights(random, hashBits), randomTransitions(random), "random first pass");
        if (random.nextBoolean()) {
            return first;
        }
        Set<FeatureGroup> secondGroups = EnumSet.of(FeatureGroup.STACKED);
        for (FeatureGroup g : FeatureGroup.values()) {
            if (random.nextInt(4) != 0) {
                secondGroups.add(g);
            }
        }
        return new TaggerModel(new FeatureExtractor(secondGroups, hashBits, lex), randomWeights(random, hashBits),
                randomTransitions(random), "random second pass", first);
    }

    /**
     * A two-pass model whose second pass has the first's groups plus {@link FeatureGroup#STACKED}; with
     * {@code sameLexicon} false the second pass gets its own random lexicon.
     */
    private static TaggerModel randomChainedModel(Random random, boolean sameLexicon) {
        int hashBits = 10 + random.nextInt(3);
        CueLexicon lex = randomLexicon(random);
        Set<FeatureGroup> firstGroups = EnumSet.noneOf(FeatureGroup.class);
        for (FeatureGroup g : FeatureGroup.values()) {
            if (g != FeatureGroup.STACKED && random.nextInt(4) != 0) {
                firstGroups.add(g);
            }
        }
        TaggerModel first = new TaggerModel(new FeatureExtractor(firstGroups, hashBits, lex),
                randomWeights(random, hashBits), randomTransitions(random), "random first pass");
        Set<FeatureGroup> secondGroups = EnumSet.copyOf(firstGroups);
        secondGroups.add(FeatureGroup.STACKED);
        CueLexicon secondLex = sameLexicon ? CueLexicon.of(lex.keys(), lex.strengths()) : randomLexicon(random);
        return new TaggerModel(new FeatureExtractor(secondGroups, hashBits, secondLex),
                randomWeights(random, hashBits), randomTransitions(random), "random second pass", first);
    }

    private static CueLexicon randomLexicon(Random random) {
        TreeMap<Long, Byte> lexicon = new TreeMap<>();
        for (String w : WORDS) {
            if (random.nextInt(3) == 0) {
                lexicon.put(FeatureHash.lower(w), (byte) (1 + random.nextInt(3)));
            }
        }
        long[] keys = lexicon.keySet().stream().mapToLong(Long::longValue).toArray();
        byte[] strengths = new byte[keys.length];
        int i = 0;
        for (byte b : lexicon.values()) {
            strengths[i++] = b;
        }
        return CueLexicon.of(keys, strengths);
    }

    private static float[] randomWeights(Random random, int hashBits) {
        float[] w = new float[(1 << hashBits) * STRIDE];
        for (int i = 0; i < w.length; i++) {
            if (i % STRIDE < T) {
                w[i] = (float) (random.nextGaussian() * 3);
            }
        }
        return w;
    }

    private static float[] randomTransitions(Random random) {
        float[] t = new float[(T + 1) * T];
        for (int i = 0; i < t.length; i++) {
            t[i] = (float) random.nextGaussian();
        }
        return t;
    }

    /** A few paragraphs of random words, punctuation and quotation marks, with varied spacing. */
    private static String randomText(Random random) {
        return RandomTaggerText.generate(random, WORDS, 4, 4, 18);
    }
}
