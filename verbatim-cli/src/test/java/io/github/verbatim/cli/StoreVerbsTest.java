package io.github.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.PlaceRef;
import io.github.verbatim.model.Span;
import io.github.verbatim.model.Speaker;
import io.github.verbatim.model.SpeakerRef;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The store verbs end to end on .txt files, with a tiny test extraction standing in for the pipeline. */
class StoreVerbsTest {

    /** Test extraction: every "Name Surname said: “...”" becomes a direct attribution. */
    private static final Pattern QUOTE = Pattern.compile("([A-Z]\\w+ [A-Z]\\w+) said: \u201c([^\u201d]+)\u201d");

    private static final Function<Article, DocumentResult> EXTRACTION = article -> {
        List<Attribution> attributions = new ArrayList<>();
        List<Speaker> speakers = new ArrayList<>();
        Matcher m = QUOTE.matcher(article.text());
        while (m.find()) {
            String id = "e" + (speakers.size() + 1);
            speakers.add(new Speaker(id, m.group(1), List.of(), List.of(), 1));
            int brussels = article.text().indexOf("Brussels");
            attributions.add(new Attribution(AttributionKind.DIRECT, List.of(new Span(m.start(2), m.end(2))),
                    List.of(new Span(m.end(1) + 1, m.end(1) + 5)), List.of(new Span(m.start(1), m.end(1))), m.group(2),
                    "said", m.group(1), new SpeakerRef(id, m.group(1)), 0.9)
                    .withContext(null, brussels < 0 ? null
                            : new PlaceRef("Brussels", new Span(brussels, brussels + 8), "venue"), List.of()));
        }
        return new DocumentResult(article, attributions, speakers, List.of(), List.of());
    };

    @TempDir
    Path dir;
    Path store;
    Path inputs;

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = VerbatimCli.commandLine(EXTRACTION);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void writeInputs() throws Exception {
        store = dir.resolve("store");
        inputs = Files.createDirectories(dir.resolve("in"));
        String quote = "We will rebuild our alliances with our partners in Europe and across the world";
        String altered = "We will rebuild our alliances with our friends in Europe and around the world";
        Files.writeString(inputs.resolve("a.txt"), "Antony Blinken said: \u201c" + quote + "\u201d in Brussels.");
        Files.writeString(inputs.resolve("b.txt"), "Yesterday Antony Blinken said: \u201c" + quote + "\u201d.");
        Files.writeString(inputs.resolve("c.txt"), "Antony Blinken said: \u201c" + altered + "\u201d to reporters.");
        Files.writeString(inputs.resolve("d.txt"), "Angela Merkel said: \u201cThe climate talks went well\u201d.");
    }

    @Test
    void indexTwiceThenSearchSpeakersAndStatement() throws Exception {
        Run first = run("index", inputs.toString(), "--store", store.toString());
        assertEquals(0, first.exit, first.err);
        assertTrue(first.out.contains("4 added, 0 already stored"), first.out);
        assertTrue(java.util.regex.Pattern.compile("\\((\\d\\.\\d|[1-9][\\d,]+) articles/s\\)").matcher(first.out).find(),
                "a rate below 10 keeps a decimal, never a bare 0: " + first.out);
        assertTrue(first.out.contains("4 articles, 4 attributions, 2 statements"), first.out);
        assertTrue(first.err.contains("4 docs"), "progress shown: " + first.err);
        Run second = run("index", inputs.toString(), "--store", store.toString());
        assertEquals(0, second.exit, second.err);
        assertTrue(second.out.contains("0 added, 4 already stored"), second.out);
        assertTrue(second.out.contains("4 articles, 4 attributions, 2 statements"), second.out);

        Run search = run("search", "alliances", "--speaker", "Antony Blinken", "--store", store.toString());
        assertEquals(0, search.exit, search.err);
        assertTrue(search.out.contains("**alliances**"), search.out);
        assertTrue(search.out.contains("3 of 3 matching statements shown"), search.out);
        assertEquals(1, search.out.lines().filter(l -> l.equals("    where: Brussels")).count(), search.out);
        Run placed = run("search", "alliances", "--json", "--store", store.toString());
        assertEquals(1, placed.out.lines().filter(l -> l.contains("\"place\":{\"text\":\"Brussels\"")).count(),
                placed.out);

        Run json = run("search", "climate", "--json", "--kind", "direct", "--store", store.toString());
        assertEquals(0, json.exit, json.err);
        JsonNode hit = new ObjectMapper().readTree(json.out.lines().findFirst().orElseThrow());
        assertEquals("Angela Merkel", hit.get("speaker").asText());
        assertEquals("direct", hit.get("attribution").get("kind").asText());
        assertEquals("The climate talks went well", hit.get("text").asText());

        Run speakers = run("speakers", "--store", store.toString());
        assertEquals(0, speakers.exit, speakers.err);
        assertTrue(speakers.out.lines().findFirst().orElseThrow().contains("Antony Blinken"), speakers.out);

        String statementId = new ObjectMapper().readTree(run("search", "alliances", "--json", "--store",
                store.toString()).out.lines().findFirst().orElseThrow()).get("statement").asText();
        Run statement = run("statement", statementId, "--store", store.toString());
        assertEquals(0, statement.exit, statement.err);
        assertTrue(statement.out.contains("reports (3)"), statement.out);
        assertTrue(statement.out.contains("[-partners-]{+friends+}"), statement.out);
        assertTrue(statement.out.contains("[-across-]{+around+}"), statement.out);
    }

    @Test
    void aFailingArticleAmongManyIsCountedAloneAndTheOthersAreStoredInOrder() throws Exception {
        Path many = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 150; i++) {   // three batches of up to 64
            Files.writeString(many.resolve(String.format("n%03d.txt", i)), "Speaker Number" + (char) ('a' + i % 26)
                    + " said: \u201cStatement " + i + " is here\u201d.");
        }
        Function<Article, DocumentResult> failsOnOne = article -> {
            if (article.text().contains("Statement 70 ")) {
                throw new IllegalStateException("boom");
            }
            return EXTRACTION.apply(article);
        };
        CommandLine cli = VerbatimCli.commandLine(failsOnOne);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute("index", many.toString(), "--store", store.toString()), err.toString());
        assertTrue(out.toString().contains("149 added, 0 already stored, 1 failed extraction"), out.toString());
        assertTrue(err.toString().contains("extraction failed for") && err.toString().contains("boom"), err.toString());
        assertTrue(out.toString().contains("149 articles, 149 attributions"), out.toString());
        Run again = run("index", many.toString(), "--store", store.toString());
        assertTrue(again.out.contains("1 added, 149 already stored"), again.out);
    }

    @Test
    void userErrorsAreOneLineAndExitTwo() {
        assertEquals(0, run("index", inputs.toString(), "--store", store.toString()).exit);
        Run badQuery = run("search", "alliances AND (", "--store", store.toString());
        assertEquals(2, badQuery.exit);
        assertTrue(badQuery.err.startsWith("verbatim search: cannot parse query"), badQuery.err);
        assertFalse(badQuery.err.contains("\tat "), "no stack trace: " + badQuery.err);
        Run badDate = run("search", "x", "--since", "2021-13-45", "--store", store.toString());
        assertEquals(2, badDate.exit);
        assertTrue(badDate.err.contains("bad --since date '2021-13-45'"), badDate.err);
        Run badKind = run("search", "x", "--kind", "quoted", "--store", store.toString());
        assertEquals(2, badKind.exit);
        Run noStore = run("speakers", "--store", dir.resolve("nothing").toString());
        assertEquals(2, noStore.exit);
        assertTrue(noStore.err.contains("no store at"), noStore.err);
        Run missing = run("index", dir.resolve("absent").toString(), "--store", store.toString());
        assertEquals(2, missing.exit);
        Run unknown = run("statement", "st-0000", "--store", store.toString());
        assertEquals(1, unknown.exit);
    }
}
