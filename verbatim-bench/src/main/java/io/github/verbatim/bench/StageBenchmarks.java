package io.github.verbatim.bench;

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
import io.github.verbatim.learn.AttributionLinker;
import io.github.verbatim.learn.AttributionTagger;
import io.github.verbatim.learn.LearnedAttributor;
import io.github.verbatim.learn.LearnedCandidates;
import io.github.verbatim.learn.TaggedSpan;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.pipeline.CandidateArbiter;
import io.github.verbatim.pipeline.ArticleBatcher;
import io.github.verbatim.pipeline.Pipeline;
import io.github.verbatim.resolve.SpeakerResolver;
import io.github.verbatim.sink.JsonLinesWriter;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One JMH benchmark per stage of {@link Pipeline#standard()}, each over the same sample of real articles
 * ({@link NewsSample}, the first {@code articles} of news-mix). One operation is one stage run over the whole
 * sample, its inputs precomputed by the stages before it exactly as the pipeline computes them, so a stage's
 * time is its own. Score: milliseconds per sample (wall clock); MB/s = sample MB (printed at setup) / (score /
 * 1000). Each benchmark also reports its thread's CPU time ({@link ThreadCpu}: {@code cpuNanos / ops} per
 * sample), the figure to quote on a machine shared with other work.
 *
 * <p>Stages, in pipeline order: {@code segmentation} ({@link Segmenter}), {@code cleaning}
 * ({@link ResidueDetector}), {@code quoteScanning} ({@link QuoteScanner}), {@code ruleExtraction}
 * ({@link AttributionExtractor}), {@code tagging} (the learned BIO tagger, both passes),
 * {@code linking} ({@link AttributionLinker}), {@code arbitration} (learned candidates merged with the
 * rules' by {@link CandidateArbiter}: tagging and linking again, plus the merge), {@code speakerResolution}
 * ({@link SpeakerResolver}), {@code context} ({@link ContextAnnotator}: NER, time, place, mentions),
 * {@code jsonWriting} ({@link JsonLinesWriter}), {@code endToEnd} ({@link Pipeline#process}, article by article)
 * and {@code endToEndBatched} ({@link Pipeline#processAll} over batches of 64, as {@code extract} works).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StageBenchmarks {

    /** Articles in the sample (the first N of news-mix). */
    @Param("500")
    public int articles;

    private final Segmenter segmenter = new Segmenter();
    private final ResidueDetector residueDetector = new ResidueDetector();
    private final QuoteScanner quoteScanner = new QuoteScanner(CueLexicon.standard());
    private final AttributionExtractor extractor = new AttributionExtractor(CueLexicon.standard());
    private final AttributionTagger tagger = new AttributionTagger(LearnedAttributor.standard().model());
    private final AttributionLinker linker = new AttributionLinker();
    private final CandidateArbiter arbiter = new CandidateArbiter(new LearnedCandidates(LearnedAttributor.standard()));
    private final SpeakerResolver resolver = new SpeakerResolver();
    private final ContextAnnotator context = ContextAnnotator.standard();
    private final Pipeline pipeline = Pipeline.standard();
    private final Pipeline noContext = Pipeline.standard().withoutContext();

    private List<Article> sample;
    private List<Prepared> prepared;

    /** What the stages before each one produced for one article. */
    private record Prepared(Article article, Segmentation seg, TokenText forms, CodePointIndex index,
                            List<ResidueSpan> residue, QuoteScan scan, List<Candidate> rules,
                            List<TaggedSpan> tagged, List<Candidate> merged, DocumentResult bare,
                            DocumentResult result) {
    }

    @Setup(Level.Trial)
    public void setUp() {
        NewsSample news = NewsSample.load(articles);
        sample = news.articles();
        prepared = new ArrayList<>(sample.size());
        for (Article a : sample) {
            Segmentation seg = segmenter.segment(a.text());
            TokenText forms = TokenText.of(seg);
            CodePointIndex index = CodePointIndex.of(a.text());
            List<ResidueSpan> residue = residueDetector.detect(seg);
            QuoteScan scan = quoteScanner.scan(seg, forms, index);
            List<Candidate> rules = extractor.extract(seg, forms, scan, residue);
            List<TaggedSpan> tagged = tagger.tag(seg);
            List<Candidate> merged = arbiter.apply(new ExtractionInput(a, seg, forms, scan, residue), rules);
            prepared.add(new Prepared(a, seg, forms, index, residue, scan, rules, tagged, merged,
                    noContext.process(a), pipeline.process(a)));
        }
        System.err.printf(Locale.ROOT, "%nsample: %d articles of %s, %.3f MB of UTF-8 text%n", sample.size(),
                NewsSample.CORPUS, news.utf8Bytes() / 1e6);
    }

    @Benchmark
    public void segmentation(Blackhole bh, ThreadCpu cpu) {
        for (Article a : sample) {
            bh.consume(segmenter.segment(a.text()));
        }
    }

    @Benchmark
    public void cleaning(Blackhole bh, ThreadCpu cpu) {
        for (Prepared p : prepared) {
            bh.consume(residueDetector.detect(p.seg()));
        }
    }

    @Benchmark
    public void quoteScanning(Blackhole bh, ThreadCpu cpu) {
        for (Prepared p : prepared) {
            bh.consume(quoteScanner.scan(p.seg(), p.forms(), p.index()));
        }
    }

    @Benchmark
    public void ruleExtraction(Blackhole bh, ThreadCpu cpu) {
        for (Prepared p : prepared) {
            bh.consume(extractor.extract(p.seg(), p.forms(), p.scan(), p.residue()));
        }
    }

    @Benchmark
    public void tagging(Blackhole bh, ThreadCpu cpu) {
        for (Prepared p : prepared) {
            bh.consume(tagger.tag(p.seg()));
        }
    }

    @Benchmark
    public void linking(Blackhole bh, ThreadCpu cpu) {
        for (Prepared p : prepared) {
            bh.consume(linker.link(p.seg(), p.tagged()));
        }
    }

    @Benchmark
    public void arbitration(Blackhole bh, ThreadCpu cpu) {
        for (Prepared p : prepared) {
            bh.consume(arbiter.apply(new ExtractionInput(p.article(), p.seg(), p.forms(), p.scan(), p.residue()),
                    p.rules()));
        }
    }

    @Benchmark
    public void speakerResolution(Blackhole bh, ThreadCpu cpu) {
        for (Prepared p : prepared) {
            bh.consume(resolver.resolve(p.seg(), p.forms(), p.merged(), p.residue()));
        }
    }

    @Benchmark
    public void context(Blackhole bh, ThreadCpu cpu) {
        for (Prepared p : prepared) {
            bh.consume(context.annotate(p.bare(), p.seg()));
        }
    }

    @Benchmark
    public void jsonWriting(Blackhole bh, ThreadCpu cpu) throws IOException {
        Discard out = new Discard();
        JsonLinesWriter writer = new JsonLinesWriter(out, false);
        for (Prepared p : prepared) {
            writer.write(p.result());
        }
        writer.close();
        bh.consume(out.count);
    }

    @Benchmark
    public void endToEnd(Blackhole bh, ThreadCpu cpu) {
        for (Article a : sample) {
            bh.consume(pipeline.process(a));
        }
    }

    /** As {@link #endToEnd}, in batches of {@link ArticleBatcher#DEFAULT_ARTICLES} as {@code extract} works. */
    @Benchmark
    public void endToEndBatched(Blackhole bh, ThreadCpu cpu) {
        int batch = ArticleBatcher.DEFAULT_ARTICLES;
        for (int i = 0; i < sample.size(); i += batch) {
            bh.consume(pipeline.processAll(sample.subList(i, Math.min(sample.size(), i + batch))));
        }
    }

    /** Counts bytes and keeps none. */
    private static final class Discard extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
