package io.github.verbatim.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.eval.GoldAttribution;
import io.github.verbatim.eval.GoldDocument;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Span;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class TaggerModelFormatTest {

    /** A handful of synthetic articles: "NAME said that CLAUSE." with gold spans. */
    static List<GoldDocument> synthetic(int count) {
        String[] names = {"Smith", "The mayor", "Jones", "She", "The ministry"};
        String[] cues = {"said", "argued", "claimed", "told reporters"};
        String[] clauses = {"taxes would fall", "the plan was sound", "nothing had changed", "voters were angry"};
        List<GoldDocument> docs = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            StringBuilder text = new StringBuilder();
            List<GoldAttribution> gold = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                String name = names[(d + k) % names.length];
                String cue = cues[(d * 3 + k) % cues.length];
                String clause = clauses[(d + 2 * k) % clauses.length];
                int s = text.length();
                text.append(name).append(' ');
                int c = text.length();
                text.append(cue).append(" that ");
                int n = text.length();
                text.append(clause).append(". The weather was fine.\n\n");
                gold.add(new GoldAttribution("E" + k, List.of(new Span(n, n + clause.length())),
                        List.of(new Span(c, c + cue.length())), List.of(new Span(s, s + name.length()))));
            }
            docs.add(new GoldDocument(Article.of("d" + d, text.toString()), gold, "synthetic"));
        }
        return docs;
    }

    static TaggerModel trainSmall(long seed, boolean stacked, int epochs) {
        EnumSet<FeatureGroup> groups = EnumSet.allOf(FeatureGroup.class);
        if (!stacked) {
            groups.remove(FeatureGroup.STACKED);
        }
        return new AttributionTrainer(new Segmenter(), new AttributionTrainer.Settings(epochs, seed, groups, 14))
                .train(synthetic(8), "synthetic test data", null);
    }

    private static byte[] bytes(TaggerModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaggerModelFormat.write(model, out);
        return out.toByteArray();
    }

    @Test
    void roundTripKeepsDescriptionConfigurationAndTags() throws IOException {
        TaggerModel model = trainSmall(3, true, 3);
        TaggerModel read = TaggerModelFormat.read(new ByteArrayInputStream(bytes(model)));
        assertEquals("synthetic test data", read.description());
        assertEquals(model.extractor().groups(), read.extractor().groups());
        assertEquals(model.extractor().lexicon().size(), read.extractor().lexicon().size());
        assertTrue(read.base() != null);
        Segmentation s = new Segmenter().segment("The mayor said that voters were angry. Smith argued that taxes would fall.");
        assertArrayEquals(model.tag(s), read.tag(s));
        assertArrayEquals(model.transitions(), read.transitions());
        // weights survive 16-bit quantisation to within one quantum
        float[] a = model.weights();
        float[] b = read.weights();
        float max = 0;
        for (float w : a) {
            max = Math.max(max, Math.abs(w));
        }
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], max / Short.MAX_VALUE);
        }
    }

    @Test
    void theTrainedModelTagsAndLinksASentenceOfItsTrainingData() {
        TaggerModel model = trainSmall(3, false, 10);
        Segmentation s = new Segmenter().segment("Smith said that taxes would fall. The weather was fine.");
        List<LinkedAttribution> found = new AttributionLinker().link(s, new AttributionTagger(model).tag(s));
        assertEquals(1, found.size());
        assertEquals("Smith", LinkedAttribution.slice(s.text(), found.get(0).source()));
        assertEquals("said", LinkedAttribution.slice(s.text(), found.get(0).cue()));
        assertEquals("taxes would fall", LinkedAttribution.slice(s.text(), found.get(0).content()));
    }

    @Test
    void rejectsWhatIsNotAModel() throws IOException {
        IOException notGzip = assertThrows(IOException.class,
                () -> TaggerModelFormat.read(new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8))));
        assertTrue(notGzip.getMessage().contains("not a Verbatim tagger model"), notGzip.getMessage());

        ByteArrayOutputStream wrongMagic = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(wrongMagic)) {
            gz.write("NOTMODEL\0\0\0\1".getBytes(StandardCharsets.ISO_8859_1));
        }
        IOException magic = assertThrows(IOException.class,
                () -> TaggerModelFormat.read(new ByteArrayInputStream(wrongMagic.toByteArray())));
        assertTrue(magic.getMessage().contains("magic"), magic.getMessage());

        ByteArrayOutputStream futureVersion = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(futureVersion)) {
            gz.write("VBTAGGER\0\0\0\u0009".getBytes(StandardCharsets.ISO_8859_1));
        }
        IOException version = assertThrows(IOException.class,
                () -> TaggerModelFormat.read(new ByteArrayInputStream(futureVersion.toByteArray())));
        assertTrue(version.getMessage().contains("version 9"), version.getMessage());

        byte[] whole = bytes(trainSmall(1, false, 2));
        // cut the uncompressed stream short: re-compress a prefix of it
        byte[] raw = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(whole)).readAllBytes();
        ByteArrayOutputStream truncated = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(truncated)) {
            gz.write(Arrays.copyOf(raw, raw.length / 2));
        }
        IOException cut = assertThrows(IOException.class,
                () -> TaggerModelFormat.read(new ByteArrayInputStream(truncated.toByteArray())));
        assertTrue(cut.getMessage().contains("truncated") || cut.getMessage().contains("corrupt"), cut.getMessage());
    }
}
