package io.github.verbatim.index.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.ArticleMetadata;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.EntityRef;
import io.github.verbatim.model.PlaceRef;
import io.github.verbatim.model.Residue;
import io.github.verbatim.model.Span;
import io.github.verbatim.model.Speaker;
import io.github.verbatim.model.SpeakerRef;
import io.github.verbatim.model.TimeRef;
import io.github.verbatim.pipeline.Pipeline;
import io.github.verbatim.sink.JsonLinesWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6: the store keeps every contract field of a result, the attributions' time, place and mentions
 * included. A result written to the store (and to a Spark job's {@code results/} lines) reads back equal.
 */
class ResultJsonRoundTripTest {

    private static final String SEED = "000_9fde05f41ca607b6.txt";

    /** Stores {@code results}, reads each back through the article view, in input order. */
    private static List<DocumentResult> throughStore(Path dir, List<DocumentResult> results) throws IOException {
        try (StoreWriter w = StoreWriter.open(dir, 50)) {
            for (DocumentResult r : results) {
                assertEquals(AddOutcome.ADDED, w.add(r), r.article().id());
            }
            w.rebuildAggregates();
        }
        List<DocumentResult> back = new ArrayList<>();
        try (StoreReader r = StoreReader.open(dir)) {
            StoreViews views = new StoreViews(r);
            for (String key : r.articleKeys()) {
                var article = views.article(key).orElseThrow();
                back.add(ResultJson.read(article.get("result").toString(), article.get("text").asText()));
            }
        }
        back.sort((a, b) -> Integer.compare(indexOf(results, a), indexOf(results, b)));
        return back;
    }

    private static int indexOf(List<DocumentResult> results, DocumentResult r) {
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).article().id().equals(r.article().id())) {
                return i;
            }
        }
        throw new AssertionError("stored article " + r.article().id() + " was never written");
    }

    /** Writes {@code results} as a Spark job's {@code results/part-00000} and reads them back. */
    private static List<DocumentResult> throughJobResults(Path dir, List<DocumentResult> results) throws IOException {
        Files.createDirectories(dir.resolve(JobResults.RESULTS));
        try (OutputStream out = Files.newOutputStream(dir.resolve(JobResults.RESULTS).resolve("part-00000"));
                JsonLinesWriter w = new JsonLinesWriter(out, true)) {
            for (DocumentResult r : results) {
                w.write(r);
            }
        }
        List<DocumentResult> back = new ArrayList<>();
        assertEquals(0, JobResults.read(dir, back::add));
        return back;
    }

    private static DocumentResult example() {
        String text = "BRUSSELS (Reuters) - “We will rebuild our alliances,” Blinken said at NATO headquarters on"
                + " Wednesday, naming China. 🇪🇺 Merkel said later that Moscow must act.";
        Attribution direct = new Attribution(AttributionKind.DIRECT, List.of(new Span(22, 51)),
                List.of(new Span(62, 66)), List.of(new Span(54, 61)), "We will rebuild our alliances", "said",
                "Blinken", new SpeakerRef("e1", "Antony Blinken"), 0.875)
                .withContext(new TimeRef("on Wednesday", new Span(88, 100), LocalDate.of(2021, 3, 24),
                                LocalDate.of(2021, 3, 24), "day", "statement", true),
                        new PlaceRef("NATO headquarters", new Span(70, 87), "venue"),
                        List.of(new EntityRef("China", new Span(109, 114), "LOC", "China", null)));
        Attribution indirect = new Attribution(AttributionKind.INDIRECT, List.of(new Span(142, 157)),
                List.of(new Span(126, 130)), List.of(new Span(119, 125)), "Moscow must act", "said", "Merkel",
                null, 0.5)
                .withContext(new TimeRef(null, null, LocalDate.of(2021, 3, 22), LocalDate.of(2021, 3, 28), "week",
                                "article", true),
                        new PlaceRef("BRUSSELS", new Span(0, 8), "dateline"),
                        List.of(new EntityRef("Moscow", new Span(142, 148), "LOC", "Russia", "e2")));
        Attribution unresolved = new Attribution(AttributionKind.MIXED, List.of(new Span(22, 30), new Span(40, 51)),
                List.of(), List.of(), "We will alliances", "", "", null, 0.1)
                .withContext(new TimeRef("on Wednesday", new Span(88, 100), null, null, "day", "speech", false),
                        null, List.of());
        ArticleMetadata meta = new ArticleMetadata("Blinken in Brussels", "https://example.org/a", null, "Reuters", "en",
                "Jane Roe", "other.txt");
        return new DocumentResult(new Article("a.txt", text, meta), List.of(direct, indirect, unresolved),
                List.of(new Speaker("e1", "Antony Blinken", List.of("Blinken"), List.of("Secretary of State"), 1),
                        new Speaker("e2", "Russia", List.of(), List.of(), 0)),
                List.of(new Residue(new Span(8, 18), "credit", " (Reuters)")), List.of("a note"));
    }

    @Test
    void exampleWithTimePlaceAndMentionsRoundTrips(@TempDir Path dir) throws IOException {
        DocumentResult original = example();
        DocumentResult read = ResultJson.read(ResultJson.write(original), original.article().text());
        assertEquals(original, read);
        assertEquals("week", read.attributions().get(1).time().precision());
        assertEquals("Russia", read.attributions().get(1).mentions().get(0).name());
        assertEquals(List.of(original), throughStore(dir.resolve("store"), List.of(original)));
        assertEquals(List.of(original), throughJobResults(dir.resolve("job"), List.of(original)));
    }

    @Test
    void anAttributionWithoutContextReadsBackWithoutIt() {
        DocumentResult original = example();
        Attribution bare = new Attribution(AttributionKind.DIRECT, List.of(new Span(22, 51)), List.of(), List.of(),
                "We will rebuild our alliances", "", "", null, 1.0);
        DocumentResult plain = new DocumentResult(original.article(), List.of(bare), List.of(), List.of(), List.of());
        Attribution read = ResultJson.read(ResultJson.write(plain), plain.article().text()).attributions().get(0);
        assertEquals(null, read.time());
        assertEquals(null, read.place());
        assertTrue(read.mentions().isEmpty());
        assertEquals(bare, read);
    }

    @Test
    void seededRandomResultsRoundTripThroughJsonStoreAndJobResults(@TempDir Path dir) throws IOException {
        Random random = new Random(20260628L);
        List<DocumentResult> results = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            results.add(RandomResults.result(random, i));
        }
        for (DocumentResult r : results) {
            assertEquals(r, ResultJson.read(ResultJson.write(r), r.article().text()), r.article().id());
        }
        assertEquals(results, throughStore(dir.resolve("store"), results));
        assertEquals(results, throughJobResults(dir.resolve("job"), results));
        assertTrue(results.stream().flatMap(r -> r.attributions().stream()).anyMatch(a -> a.time() == null));
        assertTrue(results.stream().flatMap(r -> r.attributions().stream()).anyMatch(a -> a.place() != null));
    }

    @Test
    void seedArticleThroughTheStandardPipelineRoundTrips(@TempDir Path dir) throws IOException {
        Path shared = Path.of(System.getProperty("verbatim.shared", "../shared")).resolve("seed").resolve(SEED);
        Path example = Path.of("..", "examples", SEED);
        Path file = Files.exists(shared) ? shared : example;
        assumeTrue(Files.exists(file), "skipped: the seed article is missing from ../shared/seed and ../examples");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        DocumentResult processed = Pipeline.standard().process(new Article(SEED, text,
                ArticleMetadata.EMPTY.withPublished(LocalDate.of(2021, 3, 24)).withOutlet("Seed")));
        // the contract writes confidences to three decimals; everything else is kept exactly
        DocumentResult expected = RandomResults.withContractConfidences(processed);
        assertFalse(expected.attributions().isEmpty());
        assertTrue(expected.attributions().stream().allMatch(a -> a.time() != null && a.place() != null),
                "the seed's statements are timed and placed");
        assertTrue(expected.attributions().stream().anyMatch(a -> !a.mentions().isEmpty()));
        assertEquals(List.of(expected), throughStore(dir, List.of(processed)));
    }
}
