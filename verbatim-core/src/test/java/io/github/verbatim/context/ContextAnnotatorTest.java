package io.github.verbatim.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.context.place.PlaceKind;
import io.github.verbatim.context.time.TimeSource;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.ArticleMetadata;
import io.github.verbatim.text.Segmenter;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContextAnnotatorTest {

    private static final ContextAnnotator ANNOTATOR = ContextAnnotator.standard();
    private static final Segmenter SEGMENTER = new Segmenter();

    private static StatementSpans quote(String text, String content, String source, String speaker) {
        int start = text.indexOf(content);
        CharSpan src = null;
        if (source != null) {
            int s = text.indexOf(source, start + content.length());
            src = new CharSpan(s, s + source.length());
        }
        return new StatementSpans(List.of(new CharSpan(start, start + content.length())), src, speaker);
    }

    private static List<StatementContext> annotate(String text, LocalDate published, List<StatementSpans> statements,
            List<SpeakerNames> speakers) {
        Article a = new Article("t", text, ArticleMetadata.EMPTY.withPublished(published));
        return ANNOTATOR.annotate(a, SEGMENTER.segment(text), statements, speakers);
    }

    @Test
    void ownTimeBeatsTheSpeechTimeAndPronounsAreNotMentions() {
        String text = "Senator Maria Lopez spoke in Denver on Monday.\n\n"
                + "\u201CWe will not back down,\u201D Lopez said on Tuesday.\n\n"
                + "\u201COur allies in Germany agree with us,\u201D she added.";
        List<StatementSpans> statements = List.of(
                quote(text, "We will not back down,", "Lopez", "e1"),
                quote(text, "Our allies in Germany agree with us,", "she", "e1"));
        List<StatementContext> c = annotate(text, LocalDate.of(2016, 3, 10), statements,
                List.of(new SpeakerNames("e1", List.of("Maria Lopez"))));
        assertEquals("on Tuesday", c.get(0).time().text());
        assertEquals(TimeSource.STATEMENT, c.get(0).time().source());
        assertEquals(LocalDate.of(2016, 3, 8), c.get(0).time().start());
        assertEquals("on Tuesday", c.get(1).time().text(), "the second quote carries the nearest speech event's time");
        assertEquals(TimeSource.SPEECH, c.get(1).time().source());
        assertEquals("Denver", c.get(1).place().text(), "and the nearest stated venue");
        List<String> mentions = c.get(1).mentions().stream().map(m -> m.entity().text()).toList();
        assertEquals(List.of("Germany"), mentions);
    }

    @Test
    void speakerMentionsCarryTheSpeakerId() {
        String text = "\u201CI told Lopez and Smith to wait,\u201D Jones said.";
        List<StatementContext> c = annotate(text, null, List.of(quote(text, "I told Lopez and Smith to wait,", "Jones", "e2")),
                List.of(new SpeakerNames("e1", List.of("Maria Lopez")), new SpeakerNames("e2", List.of("Tom Jones"))));
        StatementContext only = c.get(0);
        assertTrue(only.mentions().stream().anyMatch(m -> m.entity().text().equals("Lopez") && "e1".equals(m.speakerId())),
                only.mentions().toString());
        assertTrue(only.mentions().stream().anyMatch(m -> m.entity().text().equals("Smith") && m.speakerId() == null),
                only.mentions().toString());
    }

    @Test
    void fallsBackToTheArticleDateThenToNothing() {
        String text = "\u201CPrices are too high,\u201D the minister said.";
        List<StatementSpans> statements = List.of(quote(text, "Prices are too high,", "the minister", null));
        StatementContext dated = annotate(text, LocalDate.of(2020, 1, 2), statements, List.of()).get(0);
        assertEquals(TimeSource.ARTICLE, dated.time().source());
        assertEquals(LocalDate.of(2020, 1, 2), dated.time().start());
        assertNull(dated.time().text());
        assertNull(dated.place());
        assertNull(annotate(text, null, statements, List.of()).get(0).time());
    }

    @Test
    void datelineIsThePlaceFallback() {
        String text = "BRUSSELS (Reuters) \u2014 The minister spoke to reporters.\n\n\u201CWe are ready,\u201D he said.";
        StatementContext c = annotate(text, null, List.of(quote(text, "We are ready,", "he", null)), List.of()).get(0);
        assertEquals("BRUSSELS", c.place().text());
        assertEquals(PlaceKind.DATELINE, c.place().kind());
    }

    @Test
    void failsFastOnForeignSegmentationOrSpans() {
        Article a = Article.of("x", "Some text here.");
        assertThrows(IllegalArgumentException.class, () -> ANNOTATOR.annotate(a, SEGMENTER.segment("Other text."),
                List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> ANNOTATOR.annotate(a, SEGMENTER.segment(a.text()),
                List.of(new StatementSpans(List.of(new CharSpan(0, 99)), null, null)), List.of()));
    }

    /** Seeded random statements over real-looking text: every span points into the text, mentions inside content. */
    @Test
    void randomStatementsKeepInvariants() {
        String text = "WASHINGTON (AP) \u2014 President Obama said on Friday in Chicago that \u201Cthe United States "
                + "and China must talk,\u201D adding that Moscow had not called. \u201CWe are ready,\u201D he said. "
                + "Last week, Sen. John Smith told reporters at the Capitol in Washington that Beijing was wrong.";
        Random r = new Random(11L);
        for (int round = 0; round < 200; round++) {
            int a = r.nextInt(text.length());
            int b = a + r.nextInt(text.length() - a + 1);
            StatementSpans s = new StatementSpans(List.of(new CharSpan(a, b)), null, r.nextBoolean() ? "e1" : null);
            StatementContext c = annotate(text, r.nextBoolean() ? LocalDate.of(2015, 6, 5) : null, List.of(s),
                    List.of(new SpeakerNames("e1", List.of("Barack Obama")))).get(0);
            for (StatementMention m : c.mentions()) {
                assertTrue(m.entity().span().start() >= a && m.entity().span().end() <= b);
                assertEquals(m.entity().text(), m.entity().span().slice(text));
            }
            if (c.place() != null) {
                assertEquals(c.place().text(), c.place().span().slice(text));
            }
            if (c.time() != null && c.time().span() != null) {
                assertEquals(c.time().text(), c.time().span().slice(text));
            }
        }
    }
}
