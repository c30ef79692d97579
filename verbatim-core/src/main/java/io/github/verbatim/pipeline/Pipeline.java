package io.github.verbatim.pipeline;

import io.github.verbatim.clean.ResidueDetector;
import io.github.verbatim.context.ContextAnnotator;
import io.github.verbatim.clean.ResidueSpan;
import io.github.verbatim.extract.AttributionExtractor;
import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CandidateStage;
import io.github.verbatim.extract.ExtractionInput;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.extract.CueLexicon;
import io.github.verbatim.extract.TokenText;
import io.github.verbatim.extract.quote.QuoteScan;
import io.github.verbatim.extract.quote.QuoteScanner;
import io.github.verbatim.learn.LearnedAttributor;
import io.github.verbatim.learn.LearnedCandidates;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.model.DiagnosticList;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.Residue;
import io.github.verbatim.model.Span;
import io.github.verbatim.resolve.Resolution;
import io.github.verbatim.resolve.SpeakerResolver;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The whole chain from an {@link Article} to its {@link DocumentResult}: segment, mark residue, scan
 * quotation marks, extract statements, resolve speakers, and convert every range to code point spans of the
 * original text.
 *
 * <p>Further {@link CandidateStage}s (a learned tagger) can be chained after the rule-based extractor with
 * {@link #withStage}; they see the same {@link ExtractionInput} and may add, drop or replace candidates.
 *
 * <p>Every attribution then gets its context — {@code time}, {@code place} and {@code mentions} — from a
 * {@link ContextAnnotator} (on by default; {@link #withoutContext} leaves them empty).
 *
 * <p>Lenient with data: {@link #process} never throws for any article text; a failure inside a stage
 * becomes a diagnostic and an empty result. Diagnostics are capped at {@link DiagnosticList#DEFAULT_LIMIT}.
 * Immutable and thread-safe: one instance serves many threads.
 */
public final class Pipeline {

    /** Lazy holder: the shipped model is read on first use of {@link #standard()}. */
    private static final class Standard {
        static final Pipeline INSTANCE = WithoutCueDoubt.INSTANCE.withStage(CueDoubt.standard());
    }

    /** Lazy holder of {@link #withoutCueDoubt()}, apart so that it never reads the cue-doubt model. */
    private static final class WithoutCueDoubt {
        static final Pipeline INSTANCE = new Pipeline(CueLexicon.standard())
                .withStage(new CandidateArbiter(new LearnedCandidates(LearnedAttributor.standard())))
                .withStage(new SpeakerLabels());
    }

    private final Segmenter segmenter = new Segmenter();
    private final ResidueDetector residueDetector = new ResidueDetector();
    private final CueLexicon cues;
    private final QuoteScanner quoteScanner;
    private final AttributionExtractor extractor;
    private final SpeakerResolver resolver = new SpeakerResolver();
    private final List<CandidateStage> stages;
    /** Adds time, place and mentions to each result; null when context is off. */
    private final ContextAnnotator context;

    /** A pipeline recognising cues with {@code cues}, with the standard context annotator. */
    public Pipeline(CueLexicon cues) {
        this(cues, List.of(), ContextAnnotator.standard());
    }

    private Pipeline(CueLexicon cues, List<CandidateStage> stages, ContextAnnotator context) {
        Objects.requireNonNull(cues, "cues");
        this.cues = cues;
        this.quoteScanner = new QuoteScanner(cues);
        this.extractor = new AttributionExtractor(cues);
        this.stages = List.copyOf(stages);
        this.context = context;
    }

    /** This pipeline without context annotation: attributions keep {@code time}, {@code place} null. */
    public Pipeline withoutContext() {
        return new Pipeline(cues, stages, null);
    }

    /**
     * This pipeline with {@code stage} run after the rule-based extractor (and any stages added before),
     * ahead of speaker resolution. This pipeline is unchanged.
     */
    public Pipeline withStage(CandidateStage stage) {
        Objects.requireNonNull(stage, "stage");
        List<CandidateStage> more = new ArrayList<>(stages);
        more.add(stage);
        return new Pipeline(cues, more, context);
    }

    /**
     * The pipeline with the shipped cue lexicon and the shipped learned model, merged by
     * {@link CandidateArbiter} (which credits statements heard second-hand to their account with
     * {@link SecondHandSource}), then transcript speaker labels read by {@link SpeakerLabels}, then the cues
     * {@link CueDoubt} finds unlikely taken away.
     * {@code new Pipeline(CueLexicon.standard())} is the rules alone.
     */
    public static Pipeline standard() {
        return Standard.INSTANCE;
    }

    /** {@link #standard()} without its last stage, {@link CueDoubt}: what {@link CueDoubtTrainer} learns from. */
    static Pipeline withoutCueDoubt() {
        return WithoutCueDoubt.INSTANCE;
    }

    /** Everything found in {@code article}. Never throws for any text. */
    public DocumentResult process(Article article) {
        Objects.requireNonNull(article, "article");
        return processAll(List.of(article)).get(0);
    }

    /**
     * Everything found in each of {@code articles}, in the same order: for every article exactly what
     * {@link #process} gives it. The batch is worked stage by stage (every article through the rules, then every
     * article through each added stage, then speakers and context), so each stage's model tables and code stay
     * in the processor's caches across articles instead of being evicted by the next stage after every article:
     * about 8% less CPU per article for batches of 32 to 256 news articles (docs/performance.md). Working memory
     * grows with the batch (about 100 KB per news article), so callers cut long streams into batches
     * ({@link ArticleBatcher}). Never throws for any text: a failure inside one article's work becomes that
     * article's diagnostic and empty result, and the other articles are not affected.
     *
     * @throws NullPointerException if {@code articles} or one of them is null
     */
    public List<DocumentResult> processAll(List<Article> articles) {
        Objects.requireNonNull(articles, "articles");
        ArticleRun[] runs = new ArticleRun[articles.size()];
        for (int a = 0; a < runs.length; a++) {
            runs[a] = new ArticleRun(Objects.requireNonNull(articles.get(a), "article"));
        }
        for (ArticleRun run : runs) {
            try {
                prepare(run);
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                run.fail(e);
            }
        }
        for (CandidateStage stage : stages) {
            for (ArticleRun run : runs) {
                if (run.result == null) {
                    try {
                        runStage(stage, run);
                    } catch (RuntimeException | LinkageError | StackOverflowError e) {
                        run.fail(e);
                    }
                }
            }
        }
        for (ArticleRun run : runs) {
            if (run.result == null) {
                try {
                    run.result = resolve(run);
                } catch (RuntimeException | LinkageError | StackOverflowError e) {
                    run.fail(e);
                }
            }
        }
        List<DocumentResult> results = new ArrayList<>(runs.length);
        for (ArticleRun run : runs) {
            if (context != null && !run.failed) {
                try {
                    run.result = context.annotate(run.result, run.seg);
                } catch (RuntimeException | LinkageError | StackOverflowError e) {
                    run.fail(e);
                }
            }
            results.add(run.result);
        }
        return results;
    }

    /**
     * One article's work in progress inside {@link #processAll}: what the stages so far produced for it, until
     * {@link #result} is set (by the last step, or by {@link #fail} when a step throws). Confined to the
     * calling thread.
     */
    private static final class ArticleRun {
        final Article article;
        final DiagnosticList diagnostics = new DiagnosticList();
        CodePointIndex index;
        Segmentation seg;
        ExtractionInput input;
        List<Candidate> candidates;
        DocumentResult result;
        boolean failed;

        ArticleRun(Article article) {
            this.article = article;
        }

        /** Ends this article's work with no attributions and a diagnostic naming {@code e}. */
        void fail(Throwable e) {
            diagnostics.add("internal error, no attributions reported: " + e);
            result = new DocumentResult(article, List.of(), List.of(), List.of(), diagnostics.toList());
            failed = true;
        }
    }

    /** Segments, marks residue, scans quotation marks and runs the rules. */
    private void prepare(ArticleRun run) {
        String text = run.article.text();
        run.index = CodePointIndex.of(text);
        Segmentation seg = segmenter.segment(text);
        run.seg = seg;
        TokenText forms = TokenText.of(seg);
        List<ResidueSpan> residueSpans = residueDetector.detect(seg);
        QuoteScan scan = quoteScanner.scan(seg, forms, run.index);
        scan.repairs().forEach(run.diagnostics::add);
        run.candidates = extractor.extract(seg, forms, scan, residueSpans);
        run.input = new ExtractionInput(run.article, seg, forms, scan, residueSpans);
    }

    /** Resolves speakers and converts every candidate to an {@link Attribution} in code point spans. */
    private DocumentResult resolve(ArticleRun run) {
        String text = run.article.text();
        CodePointIndex index = run.index;
        List<Candidate> candidates = run.candidates;
        List<ResidueSpan> residueSpans = run.input.residue();
        Resolution resolution = resolver.resolve(run.seg, run.input.forms(), candidates, residueSpans);

        List<Attribution> attributions = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            List<Span> content = spans(index, c.content());
            List<Span> cue = c.cue() == null ? List.of() : List.of(index.span(c.cue().start(), c.cue().end()));
            List<Span> source = c.source() == null ? List.of()
                    : List.of(index.span(c.source().start(), c.source().end()));
            double confidence = c.confidence();
            if (resolution.refs().get(i) == null) {
                confidence *= 0.8;
            }
            attributions.add(new Attribution(c.kind(), content, cue, source, join(text, c.content()),
                    c.cue() == null ? "" : slice(text, c.cue()), c.source() == null ? "" : slice(text, c.source()),
                    resolution.refs().get(i), confidence));
        }
        List<Residue> residue = new ArrayList<>(residueSpans.size());
        for (ResidueSpan r : residueSpans) {
            residue.add(new Residue(index.span(r.start(), r.end()), r.kind(), text.substring(r.start(), r.end())));
        }
        return new DocumentResult(run.article, attributions, resolution.speakers(), residue,
                run.diagnostics.toList());
    }

    /**
     * Runs one added stage on one article: a stage that throws is noted and skipped, and a candidate out of
     * bounds or in residue is noted and dropped.
     */
    private static void runStage(CandidateStage stage, ArticleRun run) {
        ExtractionInput input = run.input;
        int length = input.article().text().length();
        List<Candidate> next;
        try {
            next = stage.apply(input, run.candidates);
        } catch (RuntimeException e) {
            run.diagnostics.add("candidate stage " + stage.getClass().getSimpleName() + " failed: " + e);
            return;
        }
        List<Candidate> kept = new ArrayList<>(next.size());
        for (Candidate c : next) {
            if (c != null && fits(c, length, input.residue())) {
                kept.add(c);
            } else {
                run.diagnostics.add("candidate stage " + stage.getClass().getSimpleName() + " gave an invalid candidate");
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        run.candidates = kept;
    }

    private static boolean fits(Candidate c, int length, List<ResidueSpan> residue) {
        List<CharRange> all = new ArrayList<>(c.content());
        if (c.cue() != null) {
            all.add(c.cue());
        }
        if (c.source() != null) {
            all.add(c.source());
        }
        for (CharRange r : all) {
            if (r.end() > length) {
                return false;
            }
        }
        for (CharRange r : c.content()) {
            for (ResidueSpan res : residue) {
                if (res.overlaps(r.start(), r.end())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<Span> spans(CodePointIndex index, List<CharRange> ranges) {
        List<Span> out = new ArrayList<>(ranges.size());
        for (CharRange r : ranges) {
            out.add(index.span(r.start(), r.end()));
        }
        return out;
    }

    private static String slice(String text, CharRange r) {
        return text.substring(r.start(), r.end());
    }

    private static String join(String text, List<CharRange> ranges) {
        StringBuilder b = new StringBuilder();
        for (CharRange r : ranges) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(text, r.start(), r.end());
        }
        return b.toString();
    }
}
