package io.github.verbatim.context.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.context.gazetteer.Gazetteer;
import io.github.verbatim.testing.SharedData;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import io.github.verbatim.text.Sentence;
import io.github.verbatim.text.Token;
import io.github.verbatim.text.TokenType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The tagger's shortcuts equal the plain computation: features built for the chosen sentences only equal
 * those built for the whole document, the feature groups whose sums are cached partition a token's features,
 * equal shape-context keys mean equal features, and the tagger's labels (per-thread score caches kept across
 * documents, also with tiny caches that are emptied all the time; chosen sentences) equal a plain greedy
 * decoding that sums every feature of every token from the weight table.
 * Checked on seeded random documents (many repeated and near-identical words, so the cache is hit) and,
 * when present, on real news articles.
 */
class NerTaggerFastPathTest {

    private static final String[] WORDS = {"the", "The", "THE", "said", "Said", "Obama", "obama", "OBAMA",
        "Beijing", "Moscow", "in", "In", "New", "York", "U.S.", "US", "us", "Kremlin", "White", "House", "of",
        "Mr", "Smith", "smith", "Smyth", "NATO", "headquarters", "Brussels", "on", "Wednesday", "1987", "3.5",
        "co-op", "Co", "Inc", "bank", "Bank", "İstanbul", "straße", "Ægir", "naïve", "Zoë", "O'Neil", "'s",
        "’s", "it", "It", "a", "A", "B", "X", "Ab", "aB", "ab", "BA", "ba", "Ba"};
    private static final String[] GLUE = {" ", " ", " ", " ", "  ", ", ", ". ", "! ", " \"", "\" ", " (", ") ",
        ": ", " - ", " \u201c", "\u201d ", "\n\n", ".\n", " & ", "-"};

    private static final NerModel MODEL = NerModel.loadDefault();
    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    static String randomText(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < words; k++) {
            if (random.nextInt(8) == 0) {
                // a random short word of mixed case, so that texts differ by case or one letter
                int length = 1 + random.nextInt(4);
                for (int c = 0; c < length; c++) {
                    char base = random.nextBoolean() ? 'a' : 'A';
                    b.append((char) (base + random.nextInt(3)));
                }
            } else {
                b.append(WORDS[random.nextInt(WORDS.length)]);
            }
            b.append(GLUE[random.nextInt(GLUE.length)]);
        }
        return b.toString();
    }

    @Test
    void chosenSentenceFeaturesEqualWholeDocumentFeatures() {
        Random random = new Random(7L);
        for (int doc = 0; doc < 200; doc++) {
            Segmentation seg = new Segmenter().segment(randomText(random, 5 + random.nextInt(150)));
            BitSet chosen = randomSentences(seg, random);
            NerFeatures all = new NerFeatures(seg, GAZETTEER, MODEL.bucketBits(), MODEL.hashing());
            NerFeatures some = new NerFeatures(seg, GAZETTEER, MODEL.bucketBits(), MODEL.hashing(), chosen);
            int[] a = new int[NerFeatures.MAX_TOKEN_FEATURES + NerFeatures.LABEL_FEATURES];
            int[] b = new int[a.length];
            for (int s = chosen.nextSetBit(0); s >= 0; s = chosen.nextSetBit(s + 1)) {
                Sentence sentence = seg.sentences().get(s);
                for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                    int n = all.tokenFeatures(i, a);
                    all.labelFeatures(i, 1, 0, a, n);
                    int m = some.tokenFeatures(i, b);
                    some.labelFeatures(i, 1, 0, b, m);
                    assertEquals(n, m);
                    assertArrayEquals(Arrays.copyOf(a, n + NerFeatures.LABEL_FEATURES),
                            Arrays.copyOf(b, m + NerFeatures.LABEL_FEATURES), "token " + i + " in: " + seg.text());
                    assertEquals(all.wordKey(i), some.wordKey(i));
                }
            }
        }
    }

    @Test
    void taggerLabelsEqualPlainGreedyDecoding() {
        Random random = new Random(5L);
        NerTagger tagger = new NerTagger(MODEL, GAZETTEER);
        for (int doc = 0; doc < 300; doc++) {
            Segmentation seg = new Segmenter().segment(randomText(random, 5 + random.nextInt(200)));
            BitSet chosen = doc % 3 == 0 ? null : randomSentences(seg, random);
            assertArrayEquals(plainLabels(seg, chosen), tagger.labels(seg, chosen), seg.text());
        }
    }

    @Test
    void taggerWithTinyCachesEqualsPlainGreedyDecoding() {
        // caches of 16 entries are emptied many times per document: a refill must never return a stale sum
        Random random = new Random(13L);
        NerTagger tagger = new NerTagger(MODEL, GAZETTEER, 16, 16);
        for (int doc = 0; doc < 300; doc++) {
            Segmentation seg = new Segmenter().segment(randomText(random, 5 + random.nextInt(200)));
            BitSet chosen = doc % 3 == 0 ? null : randomSentences(seg, random);
            assertArrayEquals(plainLabels(seg, chosen), tagger.labels(seg, chosen), seg.text());
        }
    }

    @Test
    void sentencesLongerThanTheKeptScratchEqualPlainGreedyDecoding() {
        // one sentence of over KEPT_SCRATCH_TOKENS tokens (no sentence end), then a short one reusing the scratch
        Random random = new Random(43L);
        NerTagger tagger = new NerTagger(MODEL, GAZETTEER);
        for (int doc = 0; doc < 5; doc++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < NerScoreCache.KEPT_SCRATCH_TOKENS + 200; k++) {
                b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            b.append(".\n\nObama met Smith in Brussels.");
            Segmentation seg = new Segmenter().segment(b.toString());
            assertTrue(seg.sentences().stream().anyMatch(
                    s -> s.endToken() - s.firstToken() > NerScoreCache.KEPT_SCRATCH_TOKENS), "no long sentence");
            assertArrayEquals(plainLabels(seg, null), tagger.labels(seg, null), "document " + doc);
        }
    }

    @Test
    void cachedFeatureGroupsPartitionTheTokenAndLabelFeatures() {
        Random random = new Random(17L);
        int[] whole = new int[NerFeatures.MAX_TOKEN_FEATURES + NerFeatures.LABEL_FEATURES];
        int[] parts = new int[whole.length];
        for (int doc = 0; doc < 200; doc++) {
            Segmentation seg = new Segmenter().segment(randomText(random, 5 + random.nextInt(150)));
            NerFeatures f = new NerFeatures(seg, GAZETTEER, MODEL.bucketBits(), MODEL.hashing());
            for (int i = 0; i < seg.tokens().size(); i++) {
                int prev = random.nextInt(NerLabels.COUNT + 1) - 1;
                int prev2 = random.nextInt(NerLabels.COUNT + 1) - 1;
                int n = f.contextFeatures(i, whole, 0);
                f.labelFeatures(i, prev, prev2, whole, n);
                n += NerFeatures.LABEL_FEATURES;
                int m = f.shapeContextFeatures(i, parts, 0);
                int lexical = m;
                m = f.lexicalFeatures(i, parts, m);
                assertArrayEquals(sorted(Arrays.copyOfRange(parts, lexical, m)),
                        sorted(lexicalFromNeighbours(f, seg, i)),
                        "lexical features of token " + i + " in: " + seg.text());
                m = f.labelWordFeatures(i, prev, parts, m);
                m = f.labelPairFeatures(prev, prev2, parts, m);
                int[] a = Arrays.copyOf(whole, n);
                int[] b = Arrays.copyOf(parts, m);
                Arrays.sort(a);
                Arrays.sort(b);
                assertArrayEquals(a, b, "token " + i + " in: " + seg.text());
            }
        }
    }

    @Test
    void equalShapeContextKeysMeanEqualShapeContextFeatures() {
        Random random = new Random(19L);
        java.util.Map<java.util.List<Long>, int[]> seen = new java.util.HashMap<>();
        int[] buffer = new int[NerFeatures.MAX_TOKEN_FEATURES];
        long[] key = new long[4];
        int shared = 0;
        for (int doc = 0; doc < 300; doc++) {
            Segmentation seg = new Segmenter().segment(randomText(random, 5 + random.nextInt(150)));
            NerFeatures f = new NerFeatures(seg, GAZETTEER, MODEL.bucketBits(), MODEL.hashing());
            for (int i = 0; i < seg.tokens().size(); i++) {
                f.shapeContextKey(i, key, 0);
                int[] features = Arrays.copyOf(buffer, f.shapeContextFeatures(i, buffer, 0));
                Arrays.sort(features);
                int[] before = seen.putIfAbsent(java.util.List.of(key[0], key[1], key[2], key[3]), features);
                if (before != null) {
                    shared++;
                    assertArrayEquals(before, features, "token " + i + " in: " + seg.text());
                }
            }
        }
        assertTrue(shared > 1000, "too few tokens shared a key to test anything: " + shared);
    }

    @Test
    void taggerLabelsEqualPlainGreedyDecodingOnRealArticles() throws IOException {
        Path file = SharedData.require("news/news-mix.jsonl.gz");
        NerTagger tagger = new NerTagger(MODEL, GAZETTEER);
        Random random = new Random(11L);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            int read = 0;
            while ((line = in.readLine()) != null && read < 20_000) {
                read++;
                if (read % 40 != 0) {
                    continue; // 500 articles spread over the sources of the file
                }
                Segmentation seg = new Segmenter().segment(json.readTree(line).path("text").asText());
                BitSet chosen = read % 80 == 0 ? null : randomSentences(seg, random);
                assertArrayEquals(plainLabels(seg, chosen), tagger.labels(seg, chosen), "article line " + read);
            }
        }
    }

    /** The lexical features of token {@code i} put together from its neighbours' and its own parts. */
    private static int[] lexicalFromNeighbours(NerFeatures f, Segmentation seg, int i) {
        Sentence s = seg.sentences().get(seg.sentenceOfToken(i));
        int[] out = new int[NerFeatures.MAX_TOKEN_FEATURES];
        int[] part = new int[4];
        int n = 0;
        int[] at = {i - 1, i + 1, i - 2, i + 2};
        for (int k = 0; k < 4; k++) {
            if (at[k] >= s.firstToken() && at[k] < s.endToken()) {
                f.neighbourFeatures(at[k], part, 0);
            } else {
                f.boundaryNeighbourFeatures(part, 0);
            }
            out[n++] = part[k];
        }
        n = f.pairLexicalFeatures(i, out, n);
        return Arrays.copyOf(out, n);
    }

    private static int[] sorted(int[] a) {
        int[] b = a.clone();
        Arrays.sort(b);
        return b;
    }

    private static BitSet randomSentences(Segmentation seg, Random random) {
        BitSet chosen = new BitSet();
        for (int s = 0; s < seg.sentences().size(); s++) {
            if (random.nextInt(3) == 0) {
                chosen.set(s);
            }
        }
        return chosen;
    }

    /** The plain computation: every feature of every scored token summed from the table, then the best label. */
    private static int[] plainLabels(Segmentation seg, BitSet sentences) {
        NerFeatures f = new NerFeatures(seg, GAZETTEER, MODEL.bucketBits(), MODEL.hashing());
        int[] labels = new int[seg.tokens().size()];
        int[] buffer = new int[NerFeatures.MAX_TOKEN_FEATURES + NerFeatures.LABEL_FEATURES];
        for (int si = 0; si < seg.sentences().size(); si++) {
            if (sentences != null && !sentences.get(si)) {
                continue;
            }
            Sentence s = seg.sentences().get(si);
            int prev = -1;
            int prev2 = -1;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                int label = NerLabels.O;
                if (!outsideNames(seg, i)) {
                    int[] scores = new int[NerLabels.COUNT];
                    int n = f.tokenFeatures(i, buffer);
                    f.labelFeatures(i, prev, prev2, buffer, n);
                    MODEL.accumulate(buffer, n + NerFeatures.LABEL_FEATURES, scores);
                    label = NerTagger.best(scores, prev);
                }
                labels[i] = label;
                prev2 = prev;
                prev = label;
            }
        }
        return labels;
    }

    private static boolean outsideNames(Segmentation seg, int i) {
        Token t = seg.tokens().get(i);
        if (t.type() == TokenType.QUOTE) {
            return true;
        }
        char c = seg.text().charAt(t.start());
        return t.type() == TokenType.PUNCT && c != '.' && c != '&' && c != '-';
    }
}
