package io.github.verbatim.index.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.model.AttributionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatementClustererTest {

    private static final String ORIGINAL = "We see alliances as an essential part of our foreign policy and we will"
            + " rebuild them with our partners in Europe";
    private static final String ALTERED = "We see alliances as a vital part of our foreign policy and we shall"
            + " rebuild them with our partners in Europe";

    private static StatementReport report(String id, String outlet, String date, String speaker, String text) {
        return new StatementReport(id, id.substring(0, id.indexOf('#')), outlet, LocalDate.parse(date), speaker,
                AttributionKind.DIRECT, text);
    }

    @Test
    void threeOutletsOneAlteredTwoWordsGiveOneStatementWithOneVariant() {
        List<StatementReport> reports = List.of(
                report("reuters#0", "Reuters", "2021-03-24", "Antony Blinken", "“" + ORIGINAL + ",”"),
                report("ap#3", "AP", "2021-03-25", "Blinken", ORIGINAL + "."),
                report("daily#1", "Daily Example", "2021-03-25", "Anthony Blinken", ALTERED),
                report("other#0", "Other", "2021-03-24", "Someone Else", "The weather was fine all week in Brussels"));
        List<Statement> statements = new StatementClusterer().cluster(reports);
        assertEquals(2, statements.size());
        Statement s = statements.stream().filter(x -> x.reports().size() > 1).findFirst().orElseThrow();
        assertEquals(3, s.reports().size());
        assertEquals("reuters#0", s.earliest().id());
        assertEquals(List.of("AP", "Daily Example", "Reuters"), s.outlets());
        assertEquals(List.of("Anthony Blinken", "Antony Blinken", "Blinken"), s.speakerNames());
        assertEquals(1, s.variants().size());
        Variant v = s.variants().get(0);
        assertEquals(List.of("Daily Example"), v.outlets());
        assertEquals(List.of(new WordEdit(4, "an essential", "a vital"), new WordEdit(13, "will", "shall")), v.edits());
        assertEquals("[-an essential-]{+a vital+}", v.edits().get(0).render());
    }

    @Test
    void punctuationAndCaseAreNotVariants() {
        List<Statement> statements = new StatementClusterer().cluster(List.of(
                report("a#0", "A", "2020-01-01", null, "We will win this fight, together."),
                report("b#0", "B", "2020-01-02", null, "“we will WIN this fight together”")));
        assertEquals(1, statements.size());
        assertTrue(statements.get(0).variants().isEmpty());
    }

    @Test
    void quotingMoreOrLessOfAStatementIsNotAVariant() {
        List<Statement> statements = new StatementClusterer().cluster(List.of(
                report("a#0", "A", "2020-01-01", null, "So far, I cannot believe how civil it has been up here"),
                report("b#0", "B", "2020-01-02", null, "I cannot believe how civil it has been up here")));
        assertEquals(1, statements.size());
        assertTrue(statements.get(0).variants().isEmpty(), statements.get(0).variants().toString());
    }

    @Test
    void differentNumbersAreDifferentStatements() {
        List<Statement> statements = new StatementClusterer().cluster(List.of(
                report("a#0", "A", "2020-01-01", "Bank of England", "it had provided the money market with a further 168 mln stg assistance"),
                report("b#0", "A", "2020-01-02", "Bank of England", "it had provided the money market with a further 215 mln stg assistance")));
        assertEquals(2, statements.size());
    }

    @Test
    void differentSpeakersSayingTheSameWordsAreDifferentStatements() {
        List<Statement> statements = new StatementClusterer().cluster(List.of(
                report("a#0", "A", "2020-01-01", "Hillary Clinton", "We are stronger together than apart"),
                report("b#0", "B", "2020-01-02", "Donald Trump", "We are stronger together than apart")));
        assertEquals(2, statements.size());
    }

    @Test
    void dissimilarQuotesAreNeverMerged() {
        List<Statement> statements = new StatementClusterer().cluster(List.of(
                report("a#0", "A", "2020-01-01", null, "The economy grew faster than expected in the third quarter"),
                report("b#0", "B", "2020-01-01", null, "The economy shrank for the third quarter in a row, sadly")));
        assertEquals(2, statements.size());
    }

    @Test
    void spellingSpacingAndLeftOutPassagesAreNotAlterations() {
        String ref = "we will be studying the judgment carefully to see whether it is possible to act on it";
        assertTrue(WordDiff.alterations(ref, ref.replace("judgment", "judgement")).isEmpty());
        assertTrue(WordDiff.alterations(ref, ref.replace("studying", "studyign")).isEmpty());
        assertTrue(WordDiff.alterations("this is a more realistic approach", "this is amore realistic approach")
                .isEmpty());
        assertTrue(WordDiff.alterations("so we have got to act now", "so we've got to act now").isEmpty());
        assertTrue(WordDiff.alterations("it will be back again and again", "it wil be back again and again")
                .isEmpty());
        assertTrue(WordDiff.alterations(ref, ref.replace("carefully", "carefully and with all the lawyers"))
                .isEmpty());
        assertEquals(List.of(new WordEdit(5, "judgment", "ruling")),
                WordDiff.alterations(ref, ref.replace("judgment", "ruling")));
        assertEquals(List.of(new WordEdit(6, "", "very")),
                WordDiff.alterations(ref, ref.replace("carefully", "very carefully")));
    }

    @Test
    void wordDiffReportsInsertionsAndDeletions() {
        assertEquals(List.of(new WordEdit(2, "", "really")), WordDiff.edits("we will win", "we will really win"));
        assertEquals(List.of(new WordEdit(1, "will", "")), WordDiff.edits("we will win", "we win"));
        assertTrue(WordDiff.edits("We WILL win!", "we will win").isEmpty());
    }

    /** Seeded: random wordings with random small edits; the partition must not depend on input order. */
    @Test
    void clusteringIsIndependentOfInputOrderAndKeepsEveryReportOnce() {
        Random random = new Random(20260401L);
        String[] vocab = "the a we will must never shall economy war peace people country jobs taxes border plan"
                .split(" ");
        List<StatementReport> reports = new ArrayList<>();
        for (int q = 0; q < 60; q++) {
            List<String> words = new ArrayList<>();
            int len = 6 + random.nextInt(14);
            for (int i = 0; i < len; i++) {
                words.add(vocab[random.nextInt(vocab.length)]);
            }
            int copies = 1 + random.nextInt(4);
            for (int c = 0; c < copies; c++) {
                List<String> copy = new ArrayList<>(words);
                if (random.nextBoolean()) {
                    copy.set(random.nextInt(copy.size()), vocab[random.nextInt(vocab.length)]);
                }
                reports.add(new StatementReport("q" + q + "c" + c + "#0", "q" + q + "c" + c, "outlet" + c,
                        LocalDate.of(2020, 1, 1 + random.nextInt(28)), random.nextBoolean() ? null : "Speaker Doe",
                        AttributionKind.DIRECT, String.join(" ", copy)));
            }
        }
        StatementClusterer clusterer = new StatementClusterer();
        List<Statement> expected = clusterer.cluster(reports);
        Set<String> seen = new HashSet<>();
        for (Statement s : expected) {
            for (StatementReport r : s.reports()) {
                assertTrue(seen.add(r.id()), "report " + r.id() + " in two statements");
            }
            for (Variant v : s.variants()) {
                assertTrue(WordDiff.similarity(io.github.verbatim.index.text.Words.norms(s.text()),
                        io.github.verbatim.index.text.Words.norms(v.text())) >= StatementClusterer.SAME_STATEMENT);
            }
        }
        assertEquals(reports.size(), seen.size());
        for (int round = 0; round < 3; round++) {
            List<StatementReport> shuffled = new ArrayList<>(reports);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, clusterer.cluster(shuffled));
        }
    }
}
