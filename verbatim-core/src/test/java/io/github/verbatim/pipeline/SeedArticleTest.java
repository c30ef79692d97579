package io.github.verbatim.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.Residue;
import io.github.verbatim.model.Span;
import io.github.verbatim.model.Speaker;
import io.github.verbatim.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins issue 2's acceptance for the seed article: every statement, one speaker as the article names him
 * with aliases and role, the "ALSO READ" insert never in a statement, the repeated headline counted once,
 * and both unbalanced quotation marks repaired with a diagnostic.
 */
class SeedArticleTest {

    private static final String NAME = "000_9fde05f41ca607b6.txt";

    private static String text;
    private static DocumentResult result;

    @BeforeAll
    static void run() throws IOException {
        Path shared = SharedData.root().resolve("seed").resolve(NAME);
        Path example = Path.of("..", "examples", NAME);
        Path file = Files.exists(shared) ? shared : example;
        assumeTrue(Files.exists(file), "skipped: the seed article is missing from ../shared/seed and ../examples");
        text = Files.readString(file, StandardCharsets.UTF_8);
        result = Pipeline.standard().process(Article.of(NAME, text));
    }

    private static Span spanOf(String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, "seed text lacks: " + needle);
        return new Span(text.codePointCount(0, at), text.codePointCount(0, at + needle.length()));
    }

    /** The attribution whose content covers {@code needle}. */
    private static Attribution covering(String needle) {
        Span s = spanOf(needle);
        for (Attribution a : result.attributions()) {
            for (Span c : a.content()) {
                if (c.contains(s)) {
                    return a;
                }
            }
        }
        throw new AssertionError("no statement covers: " + needle + "\n" + result.attributions());
    }

    @Test
    void everyStatementIsFoundWithItsCueAndSource() {
        assertEquals(10, result.attributions().size(), () -> result.attributions().toString());
        for (Attribution a : result.attributions()) {
            assertFalse(a.cue().isEmpty(), () -> "no cue: " + a);
            assertFalse(a.source().isEmpty(), () -> "no source: " + a);
        }
        assertEquals("highlighting", covering("the importance of alliances and partnerships").cueText());
        assertEquals("he", covering("We see alliances not as a burden").sourceText());
        assertEquals("said in a statement", covering("Part of defending democracy").cueText());
        assertEquals("the secretary of state", covering("Part of defending democracy").sourceText());
        assertEquals("stresses", covering("the importance of meeting NATO").cueText());
        assertEquals("the statement", covering("When our allies take on their share").sourceText());
        assertEquals("According to", covering("Washington does not intend to force allies").cueText());
        assertEquals("the head of the US Foreign Office", covering("We will rely on innovation").sourceText());
        assertEquals("notes", covering("It is impossible to build a foreign policy").cueText());
    }

    @Test
    void indirectStatementsAreIndirectAndQuotesDirect() {
        assertEquals(AttributionKind.INDIRECT, covering("the importance of alliances and partnerships").kind());
        assertEquals(AttributionKind.INDIRECT, covering("the importance of meeting NATO").kind());
        assertEquals(AttributionKind.INDIRECT, covering("Washington does not intend to force allies").kind());
        assertEquals(AttributionKind.DIRECT, covering("There is no doubt that China").kind());
        assertEquals(AttributionKind.DIRECT, covering("We know that our allies").kind());
    }

    @Test
    void continuationAfterSaidInAStatementRunsToTheStrayClosingMark() {
        Attribution a = covering("This means that we must not remain silent");
        assertTrue(a.text().contains("institutions that protect the rule of law"), a.text());
        assertEquals(covering("Part of defending democracy"), a);
    }

    @Test
    void bothQuotesOfTheWeMustExpandParagraphAreAttributed() {
        Attribution first = covering("We must expand our ability");
        Attribution second = covering("We see how Beijing and Moscow");
        assertEquals("says", first.cueText());
        assertEquals("Blinken", first.sourceText());
        assertEquals("e1", second.speaker().id());
        assertFalse(first.text().contains("says Blinken"), "the quote closes at the cue clause: " + first.text());
    }

    @Test
    void oneSpeakerNamedAsTheArticleNamesHimWithAliasesAndRole() {
        assertEquals(1, result.speakers().size(), () -> result.speakers().toString());
        Speaker s = result.speakers().get(0);
        assertEquals("Anthony Blinken", s.name());
        assertTrue(s.aliases().containsAll(List.of("Blinken", "the secretary of state",
                "the head of the US Foreign Office")), s.aliases().toString());
        assertEquals(List.of("US Secretary of State"), s.roles());
        for (Attribution a : result.attributions()) {
            assertNotNull(a.speaker(), () -> "unresolved: " + a);
            assertEquals("e1", a.speaker().id());
            assertEquals("Anthony Blinken", a.speaker().name());
        }
    }

    @Test
    void repeatedHeadlineIsResidueAndCountedOnce() {
        int second = text.indexOf("Blinken speaks", 10);
        Residue repeat = result.residue().stream().filter(r -> r.kind().equals("repeated-headline")).findFirst()
                .orElseThrow(() -> new AssertionError("no repeated headline in " + result.residue()));
        assertEquals(second, repeat.span().start());
        // headline once, apposition, "Blinken’s", he, the secretary of state (twice), Blinken (four times as
        // source), the statement, the head of the US Foreign Office: 12; the repeated headline would make 13
        assertEquals(12, result.speakers().get(0).mentions());
    }

    @Test
    void alsoReadInsertIsResidueAndNeverPartOfAStatement() {
        Span insert = spanOf("ALSO READ:\u00A0 Shooting in Texas: one person killed, four injured");
        assertTrue(result.residue().stream().anyMatch(r -> r.span().equals(insert) && r.kind().equals("insert")),
                result.residue().toString());
        for (Attribution a : result.attributions()) {
            for (Span c : a.content()) {
                assertFalse(c.overlaps(insert), () -> "statement overlaps ALSO READ: " + a);
            }
        }
    }

    @Test
    void bothUnbalancedMarksAreRepairedWithDiagnostics() {
        int stray = text.codePointCount(0, text.indexOf("law ”") + 4);
        int unclosed = text.codePointCount(0, text.indexOf("“We must expand"));
        assertTrue(result.diagnostics().contains("unbalanced closing quotation mark at " + stray),
                result.diagnostics().toString());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.startsWith("unclosed opening quotation mark at "
                + unclosed + " closed at the cue clause")), result.diagnostics().toString());
    }
}
