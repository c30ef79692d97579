package io.github.verbatim.index.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.index.store.AggregateSummary;
import io.github.verbatim.index.store.SearchRequest;
import io.github.verbatim.index.store.StatementHit;
import io.github.verbatim.index.store.StoreCounts;
import io.github.verbatim.index.store.StoreReader;
import io.github.verbatim.index.store.StoreWriter;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.ArticleMetadata;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.pipeline.Pipeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (tagged {@code benchmark}, excluded from normal builds). Indexes all of
 * {@code ../shared/news/news-mix.jsonl.gz} through the standard pipeline into a fresh store, then runs 1,000
 * mixed queries (keyword; speaker + keyword; date range, alone or with a keyword) on one thread and prints
 * p50/p99 latency, indexing throughput, index size and peak memory. Run with
 * {@code mvn -B -ntp -pl verbatim-index -am test -Dgroups=benchmark -DexcludedGroups=none
 * -Dtest=NewsMixBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; the store is left in
 * {@code verbatim-index/target/bench-store}.
 *
 * <p>news-mix lines are {@code {id, source, lang, text}}; the benchmark reads them directly. PolNeAR ids carry
 * publisher and date ({@code polnear:breitbart_2016-09-12_...}), which become outlet and publication date
 * so that date-range queries have dated statements to find; other sources have no date.
 */
@Tag("benchmark")
class NewsMixBenchmark {

    private static final Pattern POLNEAR_ID = Pattern.compile("polnear:([a-z-]+)_(\\d{4}-\\d{2}-\\d{2})_.*");
    private static final int QUERIES = 1000;
    private static final int WARMUP = 300;

    @Test
    void indexAndQueryNewsMix() throws Exception {
        String shared = System.getProperty("verbatim.shared", "../shared");
        Path newsMix = Path.of(shared, "news", "news-mix.jsonl.gz");
        assumeTrue(Files.exists(newsMix), "skipped: shared data " + newsMix + " is missing");
        Path store = Path.of("target", "bench-store");
        if (!(Boolean.getBoolean("verbatim.bench.reuse") && Files.exists(store))) {
            index(newsMix, store);
        }
        query(store);
    }

    private static void index(Path newsMix, Path store) throws Exception {
        deleteRecursively(store);
        Function<Article, DocumentResult> extraction = Pipeline.standard()::process;

        List<Article> articles = read(newsMix);
        long extractNanos = 0;
        long storeNanos = 0;
        long t0 = System.nanoTime();
        int attributions = 0;
        try (StoreWriter writer = StoreWriter.open(store, 2000)) {
            int n = 0;
            for (Article a : articles) {
                long s = System.nanoTime();
                DocumentResult r = extraction.apply(a);
                long m = System.nanoTime();
                writer.add(r);
                long e = System.nanoTime();
                extractNanos += m - s;
                storeNanos += e - m;
                attributions += r.attributions().size();
                if (++n % 2000 == 0) {
                    System.out.printf("  %,d articles, %.0f articles/s%n", n, n / ((e - t0) / 1e9));
                }
            }
            writer.commit();
            long a0 = System.nanoTime();
            AggregateSummary agg = writer.rebuildAggregates();
            long a1 = System.nanoTime();
            System.out.printf("aggregates: %s in %.1f s%n", agg, (a1 - a0) / 1e9);
        }
        double total = (System.nanoTime() - t0) / 1e9;
        long size = sizeOf(store);
        System.out.printf(Locale.ROOT, "INDEX %,d articles (%,d attributions) in %.1f s = %.0f articles/s end to end;"
                        + " extraction %.1f s, store adds %.1f s (%.0f articles/s store-only); index %.1f MB%n",
                articles.size(), attributions, total, articles.size() / total, extractNanos / 1e9, storeNanos / 1e9,
                articles.size() / (storeNanos / 1e9), size / 1048576.0);
        System.out.printf(Locale.ROOT, "MEMORY peak heap used %.0f MB (max heap %.0f MB), peak RSS %s%n",
                peakHeap() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0, peakRss());
    }

    private static void query(Path store) throws Exception {
        try (StoreReader reader = StoreReader.open(store)) {
            StoreCounts counts = reader.counts();
            System.out.println("STORE " + counts);
            List<String> queries = new ArrayList<>();
            List<SearchRequest> requests = queries(reader, new Random(42), queries);
            for (int i = 0; i < WARMUP; i++) {
                reader.search(requests.get(i % requests.size()));
            }
            long[] nanos = new long[requests.size()];
            java.util.Map<String, List<Long>> byType = new java.util.TreeMap<>();
            long hits = 0;
            for (int i = 0; i < requests.size(); i++) {
                long s = System.nanoTime();
                hits += reader.search(requests.get(i)).hits().size();
                nanos[i] = System.nanoTime() - s;
                SearchRequest q = requests.get(i);
                String type = q.speaker() != null ? "speaker+keyword" : q.since() != null ? "date range" : "keyword";
                byType.computeIfAbsent(type, k -> new ArrayList<>()).add(nanos[i]);
            }
            for (var e : byType.entrySet()) {
                long[] t = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf(Locale.ROOT, "  %-16s n=%d p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", e.getKey(), t.length,
                        t[t.length / 2] / 1e6, t[(int) (t.length * 0.99)] / 1e6, t[t.length - 1] / 1e6);
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "QUERIES %d (%s): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms;"
                            + " %d hits returned%n", nanos.length, String.join(", ", queries), nanos[nanos.length / 2] / 1e6,
                    nanos[(int) (nanos.length * 0.90)] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
                    nanos[nanos.length - 1] / 1e6, hits);
        }
    }

    /** 1,000 requests: 40% keyword, 30% speaker + keyword, 30% date range (half with a keyword). */
    private static List<SearchRequest> queries(StoreReader reader, Random random, List<String> mixOut)
            throws IOException {
        List<String> words = new ArrayList<>();
        for (StatementHit h : reader.search(SearchRequest.of("*", 5000)).hits()) {
            for (String w : h.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() >= 5) {
                    words.add(w);
                }
            }
        }
        List<String> speakers = new ArrayList<>();
        for (JsonNode s : reader.speakers(200)) {
            speakers.add(s.get("name").asText());
        }
        if (words.isEmpty()) {
            words.add("said");
        }
        if (speakers.isEmpty()) {
            speakers.add("Reuters");
        }
        List<SearchRequest> out = new ArrayList<>();
        int keyword = 0;
        int speaker = 0;
        int dated = 0;
        for (int i = 0; i < QUERIES; i++) {
            String w = words.get(random.nextInt(words.size()));
            double kind = random.nextDouble();
            if (kind < 0.4) {
                String q = random.nextBoolean() ? w : w + " " + words.get(random.nextInt(words.size()));
                out.add(SearchRequest.of(q, 10));
                keyword++;
            } else if (kind < 0.7) {
                out.add(new SearchRequest(w, speakers.get(random.nextInt(speakers.size())), null, null, null, null,
                        10));
                speaker++;
            } else {
                LocalDate since = LocalDate.of(2015, 6, 1).plusDays(random.nextInt(480));
                LocalDate until = since.plusDays(7 + random.nextInt(90));
                out.add(new SearchRequest(random.nextBoolean() ? "*" : w, null, since, until, null, null, 10));
                dated++;
            }
        }
        mixOut.add(keyword + " keyword");
        mixOut.add(speaker + " speaker+keyword");
        mixOut.add(dated + " date range");
        return out;
    }

    private static List<Article> read(Path newsMix) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(newsMix)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode n = json.readTree(line);
                String id = n.get("id").asText();
                ArticleMetadata meta = ArticleMetadata.EMPTY.withOutlet(n.get("source").asText())
                        .withLanguage(n.get("lang").asText());
                Matcher m = POLNEAR_ID.matcher(id);
                if (m.matches()) {
                    meta = meta.withOutlet(m.group(1)).withPublished(LocalDate.parse(m.group(2)));
                }
                out.add(new Article(id, n.get("text").asText(), meta));
            }
        }
        return out;
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static String peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "unknown";
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM")).findFirst()
                .map(l -> l.replaceAll("\\s+", " ").substring("VmHWM: ".length())).orElse("unknown");
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
