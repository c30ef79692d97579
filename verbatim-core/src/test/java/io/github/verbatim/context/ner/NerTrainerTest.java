package io.github.verbatim.context.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.context.gazetteer.Gazetteer;
import io.github.verbatim.text.Segmenter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NerTrainerTest {

    private static final String[] FIRST = {"Anna", "Boris", "Carla", "David", "Elena", "Farid", "Greta", "Hugo"};
    private static final String[] LAST = {"Smith", "Novak", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Rossi"};
    private static final String[] ORGS = {"Acme Corp", "Globex", "Initech", "Umbrella Group", "Stark Industries"};
    private static final String[] PLACES = {"Paris", "Nairobi", "Lima", "Oslo", "Denver", "Kyoto"};
    private static final String[] VERBS = {"visited", "left", "praised", "criticised", "joined"};

    /** Synthetic labelled sentences: "PERSON of ORG VERB PLACE on Monday." */
    static List<NerDocument> corpus(long seed, int documents) {
        Random r = new Random(seed);
        List<NerDocument> docs = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder();
            List<GoldEntity> gold = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                String person = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
                String org = ORGS[r.nextInt(ORGS.length)];
                String place = PLACES[r.nextInt(PLACES.length)];
                add(text, gold, person, EntityType.PER);
                text.append(" of ");
                add(text, gold, org, EntityType.ORG);
                text.append(' ').append(VERBS[r.nextInt(VERBS.length)]).append(' ');
                add(text, gold, place, EntityType.LOC);
                text.append(" on Monday. ");
            }
            docs.add(new NerDocument("doc" + d, text.toString(), gold));
        }
        return docs;
    }

    private static void add(StringBuilder text, List<GoldEntity> gold, String name, EntityType type) {
        int start = text.length();
        text.append(name);
        gold.add(new GoldEntity(new io.github.verbatim.context.CharSpan(start, text.length()), type));
    }

    private static byte[] bytes(NerModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    @Test
    void sameSeedSameModelAndItLearns() throws IOException {
        NerTrainer trainer = new NerTrainer(new NerTrainer.Config(3, 7L, 16), Gazetteer.standard());
        List<NerDocument> train = corpus(1L, 40);
        NerModel a = trainer.train(train, Map.of("data", "synthetic"));
        NerModel b = trainer.train(train, Map.of("data", "synthetic"));
        assertArrayEquals(bytes(a), bytes(b), "training must be deterministic for a seed");
        NerModel c = new NerTrainer(new NerTrainer.Config(3, 8L, 16), Gazetteer.standard())
                .train(train, Map.of("data", "synthetic"));
        assertNotEquals(List.of(bytes(a).length), List.of(-1));
        assertEquals("7", a.provenance().get("seed"));
        assertEquals("8", c.provenance().get("seed"));
        NerScores scores = new NerEvaluator(new NerTagger(a, Gazetteer.standard())).evaluate(corpus(99L, 10));
        assertTrue(scores.all().f1() > 0.95, scores.format());
    }

    @Test
    void modelSurvivesWriteAndRead() throws IOException {
        NerModel model = new NerTrainer(new NerTrainer.Config(2, 1L, 14), Gazetteer.standard())
                .train(corpus(2L, 20), Map.of("data", "synthetic"));
        NerModel copy = NerModel.read(new ByteArrayInputStream(bytes(model)));
        assertEquals(model.provenance(), copy.provenance());
        var seg = new Segmenter().segment(corpus(3L, 1).get(0).text());
        assertEquals(new NerTagger(model, Gazetteer.standard()).tag(seg),
                new NerTagger(copy, Gazetteer.standard()).tag(seg));
    }

    @Test
    void signedHashingIsDeterministicLearnsAndSurvivesWriteAndRead() throws IOException {
        NerTrainer trainer = new NerTrainer(new NerTrainer.Config(3, 7L, 14, FeatureHashing.SIGNED_NO_BIGRAMS),
                Gazetteer.standard());
        List<NerDocument> train = corpus(1L, 40);
        NerModel a = trainer.train(train, Map.of("data", "synthetic"));
        assertArrayEquals(bytes(a), bytes(trainer.train(train, Map.of("data", "synthetic"))),
                "training must be deterministic for a seed");
        assertEquals(FeatureHashing.SIGNED_NO_BIGRAMS, a.hashing());
        assertEquals("signed-no-bigrams", a.provenance().get("hashing"));
        NerScores scores = new NerEvaluator(new NerTagger(a, Gazetteer.standard())).evaluate(corpus(99L, 10));
        assertTrue(scores.all().f1() > 0.95, scores.format());
        NerModel copy = NerModel.read(new ByteArrayInputStream(bytes(a)));
        assertEquals(FeatureHashing.SIGNED_NO_BIGRAMS, copy.hashing());
        var seg = new Segmenter().segment(corpus(3L, 1).get(0).text());
        assertEquals(new NerTagger(a, Gazetteer.standard()).tag(seg), new NerTagger(copy, Gazetteer.standard()).tag(seg));
        // the three-number configuration keeps the plain scheme of version-1 models
        assertEquals(FeatureHashing.PLAIN, new NerTrainer(new NerTrainer.Config(1, 7L, 14), Gazetteer.standard())
                .train(train, Map.of()).hashing());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FeatureHashing.of("x"));
    }

    /** Seeded random text: mentions lie inside the text, cover their text, never overlap, in order. */
    @Test
    void randomTextKeepsInvariants() {
        NerTagger tagger = NerTagger.standard();
        Segmenter segmenter = new Segmenter();
        String alphabet = "AaBbCc Dd\u00C9\u00E9 .,\u201C\u201D'\u2019-\n1\uD83D\uDE00Zz";
        Random r = new Random(5L);
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(200);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = b.toString();
            int last = -1;
            for (EntityMention m : tagger.tag(segmenter.segment(text))) {
                assertEquals(m.text(), m.span().slice(text));
                assertTrue(m.span().start() >= last, text);
                last = m.span().end();
            }
        }
    }

    @Test
    void tagsTheSeedLead() {
        String lead = "US Secretary of State Anthony Blinken speaks at NATO headquarters in Brussels on Wednesday.";
        List<String> found = NerTagger.standard().tag(new Segmenter().segment(lead)).stream()
                .map(m -> m.type() + ":" + m.text()).toList();
        assertTrue(found.contains("PER:Anthony Blinken"), found.toString());
        assertTrue(found.contains("LOC:Brussels"), found.toString());
    }

    @Test
    void rejectsBadConfiguration() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new NerTrainer.Config(0, 1L, 20));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new NerTrainer.Config(1, 1L, 40));
    }
}
