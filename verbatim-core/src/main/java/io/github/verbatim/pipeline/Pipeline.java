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
        DiagnosticList diagnostics = new DiagnosticList();
        try {
            return run(article, diagnostics);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            diagnostics.add("internal error, no attributions reported: " + e);
            return new DocumentResult(article, List.of(), List.of(), List.of(), diagnostics.toList());
        }
    }

    private DocumentResult run(Article article, DiagnosticList diagnostics) {
        String text = article.text();
        CodePointIndex index = CodePointIndex.of(text);
        Segmentation seg = segmenter.segment(text);
        TokenText forms = TokenText.of(seg);
        List<ResidueSpan> residueSpans = residueDetector.detect(seg);
        QuoteScan scan = quoteScanner.scan(seg, forms, index);
        scan.repairs().forEach(diagnostics::add);
        List<Candidate> candidates = extractor.extract(seg, forms, scan, residueSpans);
        if (!stages.isEmpty()) {
            candidates = runStages(new ExtractionInput(article, seg, forms, scan, residueSpans), candidates, diagnostics);
        }
        Resolution resolution = resolver.resolve(seg, forms, candidates, residueSpans);

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
        DocumentResult result = new DocumentResult(article, attributions, resolution.speakers(), residue,
                diagnostics.toList());
        return context == null ? result : context.annotate(result, seg);
    }

    /** Runs the added stages; a failing stage or a candidate out of bounds or in residue is noted and dropped. */
    private List<Candidate> runStages(ExtractionInput input, List<Candidate> candidates, DiagnosticList diagnostics) {
        int length = input.article().text().length();
        for (CandidateStage stage : stages) {
            List<Candidate> next;
            try {
                next = stage.apply(input, candidates);
            } catch (RuntimeException e) {
                diagnostics.add("candidate stage " + stage.getClass().getSimpleName() + " failed: " + e);
                continue;
            }
            List<Candidate> kept = new ArrayList<>(next.size());
            for (Candidate c : next) {
                if (c != null && fits(c, length, input.residue())) {
                    kept.add(c);
                } else {
                    diagnostics.add("candidate stage " + stage.getClass().getSimpleName() + " gave an invalid candidate");
                }
            }
            kept.sort(Comparator.comparingInt(Candidate::start));
            candidates = kept;
        }
        return candidates;
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
