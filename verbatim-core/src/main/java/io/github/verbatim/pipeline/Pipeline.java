package io.github.verbatim.pipeline;

import io.github.verbatim.clean.ResidueDetector;
import io.github.verbatim.clean.ResidueSpan;
import io.github.verbatim.extract.AttributionExtractor;
import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.extract.CueLexicon;
import io.github.verbatim.extract.TokenText;
import io.github.verbatim.extract.quote.QuoteScan;
import io.github.verbatim.extract.quote.QuoteScanner;
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
import java.util.List;
import java.util.Objects;

/**
 * The whole chain from an {@link Article} to its {@link DocumentResult}: segment, mark residue, scan
 * quotation marks, extract statements, resolve speakers, and convert every range to code point spans of the
 * original text.
 *
 * <p>Lenient with data: {@link #process} never throws for any article text; a failure inside a stage
 * becomes a diagnostic and an empty result. Diagnostics are capped at {@link DiagnosticList#DEFAULT_LIMIT}.
 * Immutable and thread-safe: one instance serves many threads.
 */
public final class Pipeline {

    private static final Pipeline STANDARD = new Pipeline(CueLexicon.standard());

    private final Segmenter segmenter = new Segmenter();
    private final ResidueDetector residueDetector = new ResidueDetector();
    private final QuoteScanner quoteScanner;
    private final AttributionExtractor extractor;
    private final SpeakerResolver resolver = new SpeakerResolver();

    /** A pipeline recognising cues with {@code cues}. */
    public Pipeline(CueLexicon cues) {
        Objects.requireNonNull(cues, "cues");
        this.quoteScanner = new QuoteScanner(cues);
        this.extractor = new AttributionExtractor(cues);
    }

    /** The pipeline with the shipped cue lexicon. */
    public static Pipeline standard() {
        return STANDARD;
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
        return new DocumentResult(article, attributions, resolution.speakers(), residue, diagnostics.toList());
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
