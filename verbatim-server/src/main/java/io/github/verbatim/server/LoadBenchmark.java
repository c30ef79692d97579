package io.github.verbatim.server;

import io.github.verbatim.index.store.StoreReader;
import io.github.verbatim.pipeline.Pipeline;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load benchmark of {@code GET /api/search} (not a test: it prints figures). Starts the server in this JVM on
 * loopback over a store, then runs concurrent clients, each sending its next request as soon as the last one
 * answered (or, in soak mode, after a pause), and prints requests/s, p50, p99 and the error count (any status
 * other than 200, or a failed connection). In soak mode it also samples, every 30 s, the heap in use right
 * after a full collection it requests (so the samples show the live set; each costs one short pause).
 *
 * <p>Usage (after {@code mvn -B -q -ntp -DskipTests install}):
 * <pre>
 * java -cp "verbatim-cli/target/verbatim-cli.jar:verbatim-cli/target/lib/*" io.github.verbatim.server.LoadBenchmark \
 *     --store DIR [--clients 16] [--seconds 60] [--warmup 10] [--soak-minutes 10 --soak-clients 4 --pause-ms 50]
 * </pre>
 * The query mix: keywords, keyword + speaker, keyword + date range, keyword + outlet, {@code *} with a date
 * range, and one request in ten also asking for facets; pages of 20 with the quotation in context, as the UI
 * asks. Words and speakers are drawn with a fixed seed from the store's own top speakers and a word list.
 */
public final class LoadBenchmark {

    private static final String[] WORDS = {"government", "market", "minister", "election", "percent", "company",
        "oil", "bank", "police", "war", "price", "people", "economy", "trade", "president", "health", "tax",
        "growth", "workers", "security", "talks", "court", "deal", "rates", "vote", "plan", "crisis", "report",
        "\"prime minister\"", "\"interest rates\"", "shares OR stocks", "govern*", "climate", "school", "children"};
    private static final String[] SINCE = {"1987-01-01", "2004-01-01", "2005-01-01", "2015-06-01", "2016-01-01"};

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path store = null;
        int clients = 16;
        int seconds = 60;
        int warmup = 10;
        int soakMinutes = 0;
        int soakClients = 4;
        int pauseMs = 50;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--store" -> store = Path.of(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--soak-minutes" -> soakMinutes = Integer.parseInt(args[++i]);
                case "--soak-clients" -> soakClients = Integer.parseInt(args[++i]);
                case "--pause-ms" -> pauseMs = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
            }
        }
        if (store == null) {
            throw new IllegalArgumentException("--store DIR is required");
        }
        try (StoreReader reader = StoreReader.open(store);
             VerbatimServer server = new VerbatimServer(reader, Pipeline.standard()::process,
                     ServerLimits.STANDARD).start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            List<String> speakers = new ArrayList<>();
            reader.speakers(50).forEach(s -> speakers.add(s.path("name").asText()));
            System.out.printf("store %s: %,d articles, %,d attributions, %,d statements, %,d speakers%n", store,
                    reader.counts().articles(), reader.counts().attributions(), reader.counts().statements(),
                    reader.counts().speakers());
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            run("warm-up", http, base, speakers, clients, warmup, 0, false);
            run("search", http, base, speakers, clients, seconds, 0, false);
            if (soakMinutes > 0) {
                run("soak", http, base, speakers, soakClients, soakMinutes * 60, pauseMs, true);
            }
        }
    }

    private static void run(String label, HttpClient http, String base, List<String> speakers, int clients,
                            int seconds, int pauseMs, boolean sampleMemory) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(1000L + c);
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                while (System.nanoTime() < end) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + query(random, speakers)))
                            .timeout(Duration.ofSeconds(30)).GET().build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - t0;
                    if (pauseMs > 0) {
                        Thread.sleep(pauseMs);
                    }
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<String> memory = new ArrayList<>();
        long started = System.nanoTime();
        if (sampleMemory) {
            while (System.nanoTime() < end) {
                Thread.sleep(Math.min(30_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                memory.add(String.format("%ds:%.0fMB", (System.nanoTime() - started) / 1_000_000_000L,
                        liveHeapMb()));
            }
        }
        long[] all = new long[0];
        for (Future<long[]> f : futures) {
            long[] part = f.get();
            long[] merged = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, merged, all.length, part.length);
            all = merged;
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - started) / 1e9;
        Arrays.sort(all);
        System.out.printf("%s: %d clients, %.1f s, %,d requests, %.1f requests/s, p50 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms, errors %d%n", label, clients, elapsed, all.length, all.length / elapsed,
                percentile(all, 0.50), percentile(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                errors.get());
        if (sampleMemory) {
            System.out.println(label + " heap after last GC (live set), sampled: " + String.join(" ", memory));
        }
    }

    private static String query(Random random, List<String> speakers) {
        String word = WORDS[random.nextInt(WORDS.length)];
        StringBuilder q = new StringBuilder("/api/search?size=20&q=");
        int shape = random.nextInt(10);
        if (shape == 9) {
            q.append("*");
        } else {
            q.append(URLEncoder.encode(word, StandardCharsets.UTF_8));
        }
        if ((shape == 3 || shape == 4) && !speakers.isEmpty()) {
            q.append("&speaker=").append(URLEncoder.encode(speakers.get(random.nextInt(speakers.size())),
                    StandardCharsets.UTF_8));
        } else if (shape == 5 || shape == 6 || shape == 9) {
            q.append("&since=").append(SINCE[random.nextInt(SINCE.length)]);
        } else if (shape == 7) {
            q.append("&kind=direct");
        }
        if (random.nextInt(10) == 0) {
            q.append("&facets=true");
        }
        return q.toString();
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** Heap in use right after a full collection: the live set (server, store reader and clients). */
    private static double liveHeapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}
