package io.github.verbatim.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.ArticleMetadata;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.EntityRef;
import io.github.verbatim.model.Span;
import io.github.verbatim.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's acceptance for the seed article through the whole pipeline: every statement is placed at NATO
 * headquarters in Brussels and timed "Wednesday" (unresolved without a publication date, 2021-03-24 with
 * one), and the statements naming Beijing and Moscow mention China and Russia.
 */
class SeedArticleContextPipelineTest {

    private static final String NAME = "000_9fde05f41ca607b6.txt";
    private static String text;

    @BeforeAll
    static void read() throws IOException {
        Path shared = SharedData.root().resolve("seed").resolve(NAME);
        Path example = Path.of("..", "examples", NAME);
        Path file = Files.exists(shared) ? shared : example;
        assumeTrue(Files.exists(file), "skipped: the seed article is missing from ../shared/seed and ../examples");
        text = Files.readString(file, StandardCharsets.UTF_8);
    }

    private static DocumentResult process(LocalDate published) {
        return Pipeline.standard().process(new Article(NAME, text, ArticleMetadata.EMPTY.withPublished(published)));
    }

    private static String slice(Span s) {
        CodePointIndex index = CodePointIndex.of(text);
        return text.substring(index.toChar(s.start()), index.toChar(s.end()));
    }

    @Test
    void everyStatementIsAtNatoHeadquartersInBrusselsOnAnUnresolvedWednesday() {
        DocumentResult result = process(null);
        assertTrue(result.attributions().size() >= 8, "statements: " + result.attributions().size());
        for (Attribution a : result.attributions()) {
            assertNotNull(a.place(), a.text());
            assertEquals("NATO headquarters in Brussels", a.place().text(), a.text());
            assertEquals("venue", a.place().kind());
            assertEquals(a.place().text(), slice(a.place().span()));
            assertNotNull(a.time(), a.text());
            assertTrue(a.time().text().contains("Wednesday"), a.time().toString());
            assertEquals(a.time().text(), slice(a.time().span()));
            assertFalse(a.time().resolved(), "no publication date: " + a.time());
            assertNull(a.time().date());
        }
    }

    @Test
    void wednesdayIsTheTwentyFourthWhenPublishedThen() {
        for (Attribution a : process(LocalDate.of(2021, 3, 24)).attributions()) {
            assertTrue(a.time().resolved(), a.time().toString());
            assertEquals(LocalDate.of(2021, 3, 24), a.time().date());
            assertEquals("day", a.time().precision());
        }
    }

    @Test
    void theStatementNamingBeijingAndMoscowMentionsChinaAndRussia() {
        int from = text.indexOf("We see how Beijing and Moscow");
        assertTrue(from > 0);
        boolean found = false;
        for (Attribution a : process(null).attributions()) {
            List<String> names = a.mentions().stream().map(m -> m.text() + "->" + m.name() + ":" + m.type()).toList();
            if (names.contains("Beijing->China:LOC") && names.contains("Moscow->Russia:LOC")
                    && a.text().contains("We see how Beijing and Moscow")) {
                found = true;
            }
            for (EntityRef m : a.mentions()) {
                assertEquals(m.text(), slice(m.span()));
                assertFalse(m.text().equalsIgnoreCase("we") || m.text().toLowerCase().startsWith("our "), m.text());
                assertTrue(a.content().stream().anyMatch(c -> c.contains(m.span())), "mention outside content: " + m);
            }
        }
        assertTrue(found, "no statement naming Beijing and Moscow mentions China and Russia");
    }

    @Test
    void contextCanBeSwitchedOff() {
        for (Attribution a : Pipeline.standard().withoutContext().process(Article.of(NAME, text)).attributions()) {
            assertNull(a.time());
            assertNull(a.place());
            assertTrue(a.mentions().isEmpty());
        }
    }
}
