package io.github.verbatim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.cli.VerbatimCli;
import io.github.verbatim.index.store.StoreCounts;
import io.github.verbatim.index.store.StoreReader;
import io.github.verbatim.ingest.InputWalker;
import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.ingest.dedup.NearDuplicateDetector;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the job once in {@code local[2]} on {@link MixedSample}, every file read in three stripes by three
 * tasks, and holds its output against the CLI on the same input: {@code verbatim extract} attribution for attribution, its skips against the diagnostics table,
 * {@code verbatim index}'s statements and speakers against the aggregation tables, and a store loaded with
 * {@code verbatim index --from-parquet} against one indexed from the inputs.
 */
class SparkJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SKIP_LINE = Pattern.compile("verbatim extract: skipped (\\S+) \\(([^:]+): ");
    private static final Pattern SKIP_SUMMARY = Pattern.compile("skipped: \\d+ \\(([^)]*)\\)");
    /** Skips the CLI counts without listing them (routine archive records). */
    private static final Pattern ROUTINE = Pattern.compile("not-article|not-html|http-.*");

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static Path input;
    private static Path output;
    private static JobSummary summary;

    @BeforeAll
    static void runJob() throws IOException {
        input = MixedSample.build(dir);
        output = dir.resolve("out");
        spark = SparkSession.builder().master("local[2]").appName("verbatim-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
        // three read tasks per file: every file, the malformed archives included, is read in interleaved stripes
        long files;
        try (java.util.stream.Stream<Path> walk = Files.walk(input)) {
            files = walk.filter(Files::isRegularFile).count();
        }
        summary = VerbatimSparkJob.run(spark, JobOptions.parse("--output", output.toString(), "--partitions",
                String.valueOf(3 * files), input.toString()));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    record CliRun(int exit, String out, String err) {
    }

    private static CliRun cli(String... args) {
        CommandLine cli = VerbatimCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    private List<Row> table(String name) {
        return spark.read().parquet(output.resolve(name).toString()).collectAsList();
    }

    private static String local(String location) {
        return location.startsWith("file:") ? location.substring("file:".length()) : location;
    }

    /** Whether each column (dotted Parquet path) of table {@code name} has a dictionary page in any file. */
    private static Map<String, Boolean> dictionaries(String name) throws IOException {
        Map<String, Boolean> dictionary = new TreeMap<>();
        try (java.util.stream.Stream<Path> files = Files.list(output.resolve(name))) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList()) {
                try (org.apache.parquet.hadoop.ParquetFileReader r = org.apache.parquet.hadoop.ParquetFileReader.open(
                        org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(
                                new org.apache.hadoop.fs.Path(f.toUri()), new org.apache.hadoop.conf.Configuration()))) {
                    for (var block : r.getFooter().getBlocks()) {
                        for (var column : block.getColumns()) {
                            dictionary.merge(column.getPath().toDotString(), column.hasDictionaryPage(), Boolean::logicalOr);
                        }
                    }
                }
            }
        }
        return dictionary;
    }

    @Test
    void uniqueColumnsAreWrittenWithoutDictionaryOthersWithOne() throws IOException {
        Map<String, Boolean> attributions = dictionaries("attributions");
        for (String c : AttributionTable.UNIQUE_COLUMNS) {
            assertEquals(Boolean.FALSE, attributions.get(c), c + " in " + attributions);
        }
        assertEquals(Boolean.TRUE, attributions.get("kind"), attributions::toString);
        Map<String, Boolean> reports = dictionaries("statement_reports");
        for (String c : AggregateTables.REPORTS_UNIQUE) {
            assertEquals(Boolean.FALSE, reports.get(c), c + " in " + reports);
        }
        assertEquals(Boolean.TRUE, reports.get("kind"), reports::toString);
        Map<String, Boolean> statements = dictionaries("statements");
        for (String c : AggregateTables.STATEMENTS_UNIQUE) {
            assertEquals(Boolean.FALSE, statements.get(c), c + " in " + statements);
        }
        Map<String, Boolean> speakers = dictionaries("speakers");
        for (String c : AggregateTables.SPEAKERS_UNIQUE) {
            assertEquals(Boolean.FALSE, speakers.get(c), c + " in " + speakers);
        }
    }

    @Test
    void attributionRowsEqualExtractAttributionForAttribution() throws IOException {
        Path json = dir.resolve("extract.jsonl");
        CliRun run = cli("extract", input.toString(), "--out", json.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(json, StandardCharsets.UTF_8)) {
            JsonNode d = JSON.readTree(line);
            int i = 0;
            for (JsonNode a : d.path("attributions")) {
                JsonNode sp = a.get("speaker");
                expected.add(String.join("|", d.path("doc").asText(), String.valueOf(i++), text(d, "title"),
                        text(d, "published"), text(d, "url"), text(d, "outlet"), text(d, "language"),
                        text(d, "byline"), text(d, "duplicate_of"),
                        a.path("kind").asText(), spans(a.get("content")), spans(a.get("cue")), spans(a.get("source")),
                        a.path("text").asText(), a.path("cue_text").asText(), a.path("source_text").asText(),
                        sp.isNull() ? "null" : sp.path("id").asText(), sp.isNull() ? "null" : sp.path("name").asText(),
                        String.valueOf(a.path("confidence").asDouble()), text(a.path("time"), "text"),
                        text(a.path("time"), "date"),
                        a.path("time").has("end") ? text(a.path("time"), "end") : text(a.path("time"), "date"),
                        text(a.path("time"), "precision"), text(a.path("time"), "source"),
                        text(a.path("place"), "text"), text(a.path("place"), "kind"), a.path("mentions").toString()));
            }
        }
        List<String> actual = new ArrayList<>();
        for (Row r : table("attributions")) {
            actual.add(String.join("|", r.getAs("doc"), String.valueOf((int) r.getAs("index")), str(r, "title"),
                    str(r, "published"), str(r, "url"), str(r, "outlet"), str(r, "language"), str(r, "byline"),
                    str(r, "duplicate_of"), r.getAs("kind"),
                    spans(r.getList(r.fieldIndex("content"))), spans(r.getList(r.fieldIndex("cue"))),
                    spans(r.getList(r.fieldIndex("source"))), r.getAs("text"), r.getAs("cue_text"),
                    r.getAs("source_text"), str(r, "speaker_id"), str(r, "speaker_name"),
                    String.valueOf((double) r.getAs("confidence")), str(r, "time_text"), str(r, "time_date"),
                    str(r, "time_end"), str(r, "time_precision"), str(r, "time_source"), str(r, "place_text"),
                    str(r, "place_kind"), r.getAs("mentions")));
        }
        expected.sort(null);
        actual.sort(null);
        assertTrue(expected.size() > 50, "the sample yields attributions: " + expected.size());
        assertEquals(expected.size(), actual.size(), "one row per attribution");
        List<Row> rows = table("attributions");
        assertTrue(rows.stream().anyMatch(r -> r.getAs("time_source") != null), "some row has a time");
        assertTrue(rows.stream().anyMatch(r -> r.getAs("place_text") != null), "some row has a place");
        assertTrue(rows.stream().anyMatch(r -> !"[]".equals(r.getAs("mentions"))), "some row has mentions");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "attribution " + i);
        }
        assertEquals(expected.size(), summary.attributions());
    }

    @Test
    void duplicateFlagsMatchASequentialDetectorInInputOrder() throws IOException {
        InputWalker walker = InputWalker.standard();
        NearDuplicateDetector detector = new NearDuplicateDetector();
        Map<String, String> expected = new HashMap<>();
        for (Path f : walker.files(List.of(input))) {
            walker.read(f, o -> {
                if (o instanceof ReadOutcome.Read r) {
                    detector.check(r.article().id(), r.article().text()).ifPresent(first -> expected.put(r.location(), first));
                }
            });
        }
        assertFalse(expected.isEmpty(), "the sample holds reprints");
        assertEquals(expected.size(), summary.duplicates());
        int flaggedRows = 0;
        for (Row r : table("attributions")) {
            String want = expected.get(local(r.getAs("location")));
            assertEquals(want, r.getAs("duplicate_of"), "duplicate_of of " + r.getAs("location"));
            assertEquals(want != null, (boolean) r.getAs("is_duplicate"));
            flaggedRows += want != null ? 1 : 0;
        }
        assertTrue(flaggedRows > 0, "reprints carry attributions flagged as duplicates");
    }

    @Test
    void malformedFilesNeverFailTheJobAndLandInDiagnosticsAsTheCliSkipsThem() throws IOException {
        CliRun run = cli("extract", input.toString(), "--out", dir.resolve("extract-skips.jsonl").toString());
        assertEquals(0, run.exit(), run.err());
        Set<String> expected = new TreeSet<>();
        Map<String, Long> expectedByReason = new TreeMap<>();
        for (String line : run.err().split("\n")) {
            Matcher m = SKIP_LINE.matcher(line);
            if (m.find()) {
                expected.add(m.group(1) + " " + m.group(2));
            }
            Matcher s = SKIP_SUMMARY.matcher(line);
            if (line.startsWith("documents read") && s.find()) {
                for (String part : s.group(1).split(", ")) {
                    String[] reasonCount = part.split(" ");
                    expectedByReason.put(reasonCount[0], Long.parseLong(reasonCount[1]));
                }
            }
        }
        Set<String> actual = new TreeSet<>();
        Map<String, Long> byReason = new TreeMap<>();
        boolean fromMalformed = false;
        for (Row r : table("diagnostics")) {
            if (!ROUTINE.matcher((String) r.getAs("reason")).matches()) {
                actual.add(local(r.getAs("location")) + " " + r.getAs("reason"));
            }
            byReason.merge(r.getAs("reason"), 1L, Long::sum);
            fromMalformed |= ((String) r.getAs("file")).contains("/malformed/");
            assertEquals("read", r.getAs("stage"));
        }
        assertTrue(fromMalformed, "the malformed archives leave diagnostics: " + actual);
        assertTrue(byReason.containsKey("bad-json") && byReason.containsKey("empty"), byReason.toString());
        assertEquals(expected, actual, "the skips the CLI lists");
        assertEquals(expectedByReason, byReason, "the skips the CLI counts");
        assertEquals(byReason, new TreeMap<>(summary.skips()));
    }

    @Test
    void aggregationEqualsTheIndexStatementsAndSpeakers() throws IOException {
        Path store = dir.resolve("store-from-inputs");
        CliRun run = cli("index", input.toString(), "--store", store.toString());
        assertEquals(0, run.exit(), run.err());
        List<Row> statements = table("statements");
        Map<String, List<String>> reportsOf = new TreeMap<>();
        List<Row> reports = new ArrayList<>(table("statement_reports"));
        reports.sort((a, b) -> Integer.compare(a.getAs("rank"), b.getAs("rank")));
        for (Row r : reports) {
            reportsOf.computeIfAbsent(r.getAs("statement_id"), k -> new ArrayList<>()).add(r.getAs("report_id"));
        }
        int shared = 0;
        try (StoreReader reader = StoreReader.open(store)) {
            StoreCounts counts = reader.counts();
            assertEquals(counts.statements(), statements.size());
            assertEquals(counts.articles(), summary.storedArticles());
            for (Row s : statements) {
                Optional<JsonNode> indexed = reader.statement(s.getAs("statement_id"));
                assertTrue(indexed.isPresent(), "the index has statement " + s.getAs("statement_id"));
                JsonNode n = indexed.get();
                assertEquals(n.path("text").asText(), s.getAs("text"));
                assertEquals(n.path("earliest").path("id").asText(), s.getAs("earliest_report_id"));
                List<String> ids = new ArrayList<>();
                n.path("reports").forEach(r -> ids.add(r.path("id").asText()));
                assertEquals(ids, reportsOf.get(s.<String>getAs("statement_id")));
                assertEquals(n.path("variants").size(), s.getList(s.fieldIndex("variants")).size());
                shared += ids.size() > 1 ? 1 : 0;
            }
            assertTrue(shared > 0, "some statements are reported by more than one article");
            Map<String, Integer> expectedSpeakers = new TreeMap<>();
            for (JsonNode sp : reader.speakers(Integer.MAX_VALUE)) {
                expectedSpeakers.put(sp.path("id").asText() + " " + sp.path("name").asText(), sp.path("statements").asInt());
            }
            Map<String, Integer> actualSpeakers = new TreeMap<>();
            for (Row r : table("speakers")) {
                actualSpeakers.put(r.getAs("speaker_id") + " " + r.getAs("name"), r.getAs("statements"));
            }
            assertEquals(counts.speakers(), actualSpeakers.size());
            assertEquals(expectedSpeakers, actualSpeakers);
        }
    }

    @Test
    void indexFromParquetLoadsTheSameStoreAsIndexingTheInputs() throws IOException {
        Path fromInputs = dir.resolve("store-direct");
        Path fromJob = dir.resolve("store-from-job");
        assertEquals(0, cli("index", input.toString(), "--store", fromInputs.toString()).exit());
        CliRun run = cli("index", "--from-parquet", output.toString(), "--store", fromJob.toString());
        assertEquals(0, run.exit(), run.err());
        try (StoreReader a = StoreReader.open(fromInputs); StoreReader b = StoreReader.open(fromJob)) {
            assertEquals(a.counts(), b.counts());
            assertEquals(new TreeSet<>(a.articleKeys()), new TreeSet<>(b.articleKeys()));
        }
        assertEquals(2, cli("index", "--from-parquet", dir.resolve("nowhere").toString(), "--store",
                dir.resolve("s3").toString()).exit(), "a folder that is not a job's output is a usage error");
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "null" : v.asText();
    }

    private static String str(Row r, String field) {
        Object v = r.getAs(field);
        return v == null ? "null" : v.toString();
    }

    private static String spans(JsonNode array) {
        StringBuilder b = new StringBuilder();
        for (JsonNode s : array) {
            b.append(s.path("start").asInt()).append('-').append(s.path("end").asInt()).append(',');
        }
        return b.toString();
    }

    private static String spans(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        for (Row s : rows) {
            b.append(s.getInt(0)).append('-').append(s.getInt(1)).append(',');
        }
        return b.toString();
    }
}
