package io.github.verbatim.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.context.ner.EntityType;
import io.github.verbatim.context.time.TimeSource;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.ArticleMetadata;
import io.github.verbatim.testing.SharedData;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance on the seed article, with the statements marked by hand (content and source spans
 * found by their text): every statement is placed at NATO headquarters in Brussels and timed "on Wednesday"
 * (carried from the lead), and the statement naming Beijing and Moscow mentions China and Russia.
 */
class SeedArticleContextTest {

    private static final ContextAnnotator ANNOTATOR = ContextAnnotator.standard();
    private static String text;

    /** Content start text, content end text (inclusive), source text (after the content, or just before it). */
    private static final String[][] STATEMENTS = {
        {"We see alliances not as a burden", "reflects our interests and values", "he"},
        {"Part of defending democracy", "moving in the wrong direction", "the secretary of state"},
        {"This means that we must not remain silent", "protect the rule of law", null},
        {"We must expand our ability", "adhere to a constructive approach", "Blinken"},
        {"We see how Beijing and Moscow", "bring violators to justice.", null},
        {"When our allies take on their share", "marking a change from the past", "the statement"},
        {"Washington does not intend", "in the confrontation with China", "the secretary of state"},
        {"There is no doubt that China", "such as climate change and health", "Blinken"},
        {"We know that our allies have", "not ultimatums", "the head of the US Foreign Office"},
        {"It is impossible to build a foreign policy", "benefit the American people.", "Blinken"},
    };

    @BeforeAll
    static void read() throws IOException {
        text = Files.readString(SharedData.require("seed/000_9fde05f41ca607b6.txt"), StandardCharsets.UTF_8);
    }

    private static List<StatementSpans> statements() {
        List<StatementSpans> out = new ArrayList<>();
        int from = 0;
        for (String[] s : STATEMENTS) {
            int start = text.indexOf(s[0], from);
            int end = text.indexOf(s[1], start) + s[1].length();
            assertTrue(start >= 0 && end > start, "statement not found: " + s[0]);
            CharSpan source = null;
            if (s[2] != null) {
                boolean before = s[0].startsWith("Washington") || s[0].startsWith("It is impossible");
                int src = before ? text.lastIndexOf(s[2], start) : text.indexOf(s[2], end);
                source = new CharSpan(src, src + s[2].length());
            }
            out.add(new StatementSpans(List.of(new CharSpan(start, end)), source, "e1"));
            from = end;
        }
        return out;
    }

    private static List<StatementContext> annotate(LocalDate published) {
        Article article = new Article("000_9fde05f41ca607b6.txt", text,
                ArticleMetadata.EMPTY.withPublished(published));
        Segmentation seg = new Segmenter().segment(text);
        return ANNOTATOR.annotate(article, seg, statements(),
                List.of(new SpeakerNames("e1", List.of("Anthony Blinken", "Blinken", "the secretary of state"))));
    }

    @Test
    void everyStatementIsAtNatoHeadquartersInBrusselsOnWednesday() {
        List<StatementContext> contexts = annotate(null);
        assertEquals(STATEMENTS.length, contexts.size());
        for (int i = 0; i < contexts.size(); i++) {
            StatementContext c = contexts.get(i);
            String where = "statement " + i + ": " + c;
            assertNotNull(c.place(), where);
            assertEquals("NATO headquarters in Brussels", c.place().text(), where);
            assertEquals(c.place().text(), c.place().span().slice(text));
            assertNotNull(c.time(), where);
            assertEquals("on Wednesday", c.time().text(), where);
            assertFalse(c.time().resolved(), "no publication date: must stay unresolved; " + where);
            assertEquals(TimeSource.SPEECH, c.time().source(), where);
        }
    }

    @Test
    void wednesdayResolvesAgainstThePublicationDate() {
        for (StatementContext c : annotate(LocalDate.of(2021, 3, 24))) {
            assertTrue(c.time().resolved());
            assertEquals(LocalDate.of(2021, 3, 24), c.time().start());
            assertEquals(LocalDate.of(2021, 3, 24), c.time().end());
        }
    }

    @Test
    void beijingAndMoscowStandForChinaAndRussia() {
        StatementContext c = annotate(null).get(4);
        List<String> names = c.mentions().stream()
                .map(m -> m.entity().type() + ":" + m.entity().text() + "->" + m.entity().normalisedName()).toList();
        assertTrue(names.contains("LOC:Beijing->China"), names.toString());
        assertTrue(names.contains("LOC:Moscow->Russia"), names.toString());
        for (StatementContext each : annotate(null)) {
            for (StatementMention m : each.mentions()) {
                String lower = m.entity().text().toLowerCase(java.util.Locale.ROOT);
                assertFalse(lower.equals("we") || lower.equals("our") || lower.startsWith("our "),
                        "pronoun mention " + m);
                assertEquals(m.entity().text(), m.entity().span().slice(text));
            }
        }
    }

    @Test
    void mentionsOfTheSpeakerCarryTheSpeakerId() {
        List<StatementContext> contexts = annotate(null);
        // statement 7 ("Washington does not intend ... China") names the United States and China
        List<String> seventh = contexts.get(6).mentions().stream().map(m -> m.entity().normalisedName()).toList();
        assertTrue(seventh.contains("United States"), seventh.toString());
        assertTrue(seventh.contains("China"), seventh.toString());
        for (StatementContext c : contexts) {
            for (StatementMention m : c.mentions()) {
                if (m.entity().type() == EntityType.PER && m.entity().normalisedName().endsWith("Blinken")) {
                    assertEquals("e1", m.speakerId());
                }
            }
        }
    }
}
