package io.github.verbatim.pipeline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.verbatim.clean.ResidueDetector;
import io.github.verbatim.clean.ResidueSpan;
import io.github.verbatim.context.ContextAnnotator;
import io.github.verbatim.extract.AttributionExtractor;
import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CueLexicon;
import io.github.verbatim.extract.ExtractionInput;
import io.github.verbatim.extract.TokenText;
import io.github.verbatim.extract.quote.QuoteScan;
import io.github.verbatim.extract.quote.QuoteScanner;
import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.ingest.jsonl.JsonLinesReader;
import io.github.verbatim.learn.LearnedAttributor;
import io.github.verbatim.learn.LearnedCandidates;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.resolve.SpeakerResolver;
import io.github.verbatim.sink.JsonLinesWriter;
import io.github.verbatim.testing.SharedData;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Thread CPU time of each stage of the standard pipeline over {@code news/news-mix.jsonl.gz}, single-threaded:
 * reading the JSON Lines file, segmentation, residue, quotation scanning, rules, the learned stage, speaker
 * resolution, the whole standard {@link Pipeline#process} call, context annotation and JSON writing. The
 * stages are run as {@link Pipeline} runs them; each is timed with the thread's CPU clock around its call. A
 * benchmark, not a timed test: it prints figures (best of the rounds per stage) and asserts only that the
 * stage-by-stage run finds what {@link Pipeline#process} finds. Runs only with {@code -Dverbatim.bench=true};
 * {@code -Dverbatim.bench.articles=N} limits the articles, {@code -Dverbatim.bench.rounds=N} sets the rounds
 * (default 3).
 */
class StageThroughputBenchmark {

    private static final String[] STAGES = {"read jsonl", "segment", "residue", "quote scan", "rules",
        "learned stage", "speaker resolution", "context (NER, time, place)", "json write", "pipeline.process"};

    @Test
    void printsStageThroughput() throws IOException {
        assumeTrue(Boolean.getBoolean("verbatim.bench"), "skipped: benchmark runs with -Dverbatim.bench=true");
        Path file = SharedData.require("news/news-mix.jsonl.gz");
        int limit = Integer.getInteger("verbatim.bench.articles", Integer.MAX_VALUE);
        int rounds = Integer.getInteger("verbatim.bench.rounds", 3);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        Pipeline standard = Pipeline.standard();
        Pipeline noContext = standard.withoutContext();
        Segmenter segmenter = new Segmenter();
        ResidueDetector residue = new ResidueDetector();
        QuoteScanner scanner = new QuoteScanner(CueLexicon.standard());
        AttributionExtractor rules = new AttributionExtractor(CueLexicon.standard());
        CandidateArbiter learned = new CandidateArbiter(new LearnedCandidates(LearnedAttributor.standard()));
        SpeakerResolver resolver = new SpeakerResolver();
        ContextAnnotator context = ContextAnnotator.standard();

        long[] best = new long[STAGES.length];
        java.util.Arrays.fill(best, Long.MAX_VALUE);
        long bytes = 0;
        int count = 0;
        for (int round = 0; round <= rounds; round++) { // round 0 warms up
            long[] cpu = new long[STAGES.length];
            List<Article> articles = new ArrayList<>();
            long t0 = threads.getCurrentThreadCpuTime();
            new JsonLinesReader().read(file, outcome -> {
                if (outcome instanceof ReadOutcome.Read read && articles.size() < limit) {
                    articles.add(read.article());
                }
            });
            cpu[0] = threads.getCurrentThreadCpuTime() - t0;
            bytes = 0;
            for (Article a : articles) {
                bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
            }
            count = articles.size();
            long found = 0;
            long foundByStages = 0;
            JsonLinesWriter writer = new JsonLinesWriter(OutputStream.nullOutputStream(), false);
            for (Article article : articles) {
                long t = threads.getCurrentThreadCpuTime();
                Segmentation seg = segmenter.segment(article.text());
                TokenText forms = TokenText.of(seg);
                long u = threads.getCurrentThreadCpuTime();
                cpu[1] += u - t;
                List<ResidueSpan> spans = residue.detect(seg);
                t = threads.getCurrentThreadCpuTime();
                cpu[2] += t - u;
                QuoteScan scan = scanner.scan(seg, forms, CodePointIndex.of(article.text()));
                u = threads.getCurrentThreadCpuTime();
                cpu[3] += u - t;
                List<Candidate> candidates = rules.extract(seg, forms, scan, spans);
                t = threads.getCurrentThreadCpuTime();
                cpu[4] += t - u;
                candidates = learned.apply(new ExtractionInput(article, seg, forms, scan, spans), candidates);
                u = threads.getCurrentThreadCpuTime();
                cpu[5] += u - t;
                resolver.resolve(seg, forms, candidates, spans);
                t = threads.getCurrentThreadCpuTime();
                cpu[6] += t - u;
                foundByStages += candidates.size();
                DocumentResult plain = noContext.process(article);
                u = threads.getCurrentThreadCpuTime();
                DocumentResult annotated = context.annotate(plain, seg);
                t = threads.getCurrentThreadCpuTime();
                cpu[7] += t - u;
                writer.write(annotated);
                u = threads.getCurrentThreadCpuTime();
                cpu[8] += u - t;
                found += standard.process(article).attributions().size();
                cpu[9] += threads.getCurrentThreadCpuTime() - u;
            }
            writer.close();
            if (found != foundByStages) {
                throw new AssertionError("stages found " + foundByStages + ", the pipeline " + found);
            }
            if (round == 0) {
                continue;
            }
            for (int s = 0; s < STAGES.length; s++) {
                best[s] = Math.min(best[s], cpu[s]);
            }
            System.out.printf(Locale.ROOT, "round %d: %d articles, %d attributions%n", round, count, found);
        }
        System.out.printf(Locale.ROOT, "stage throughput, thread CPU, best of %d rounds, %d articles, %.1f MB:%n",
                rounds, count, bytes / 1e6);
        for (int s = 0; s < STAGES.length; s++) {
            double seconds = best[s] / 1e9;
            System.out.printf(Locale.ROOT, "  %-28s %7.3f s  %8.2f MB/s  %6.1f us/article%n", STAGES[s], seconds,
                    bytes / 1e6 / seconds, best[s] / 1e3 / count);
        }
    }
}
