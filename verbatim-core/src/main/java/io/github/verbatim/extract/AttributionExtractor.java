package io.github.verbatim.extract;

import io.github.verbatim.clean.ResidueSpan;
import io.github.verbatim.extract.quote.QuoteScan;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Sentence;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The rule-based extractor: turns quotations and reporting cues into {@link Candidate} statements.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>direct quotations with a post-posed cue ("…,” he said.", "…,” said Blinken.", "…,” the statement
 *       said.") or a pre-posed one ("Blinken said: “…”"); a quotation interrupted by its cue ("“A,” he said,
 *       “B.”") becomes one statement of two segments;
 *   <li>mixed: a quotation inside a reported clause ("called the plan “a disaster”");
 *   <li>quotations with no cue in reach continue the previous statement of their paragraph, or are reported
 *       on their own with lower confidence and no source, for the resolver to give the likely speaker;
 *   <li>indirect speech outside quotations: "X said (that) …", "According to X, …", "…, X said.",
 *       "X stresses the importance of …", and participial ", highlighting …" after a subject.
 * </ol>
 * Residue never contributes content. Stateless and thread-safe.
 */
public final class AttributionExtractor {

    private final CueLexicon cues;

    /** An extractor using {@code cues}. */
    public AttributionExtractor(CueLexicon cues) {
        this.cues = Objects.requireNonNull(cues, "cues");
    }

    /** The statements of one document, ordered by content start. */
    public List<Candidate> extract(Segmentation segmentation, TokenText forms, QuoteScan scan,
            List<ResidueSpan> residue) {
        Objects.requireNonNull(segmentation, "segmentation");
        Objects.requireNonNull(forms, "forms");
        Objects.requireNonNull(scan, "scan");
        Objects.requireNonNull(residue, "residue");
        ExtractionState state = new ExtractionState(DocumentView.of(segmentation, forms, scan.quotes(), residue, cues),
                cues);
        SourceFinder sources = new SourceFinder(state);
        QuoteRules quotes = new QuoteRules(state, sources);
        for (int q = 0; q < state.d.quotes.size(); q++) {
            if (!state.quoteDone[q]) {
                quotes.quote(q);
            }
        }
        ReportedSpeechRules reported = new ReportedSpeechRules(state, sources);
        for (Sentence s : segmentation.sentences()) {
            reported.indirect(s);
        }
        List<Candidate> out = state.out;
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }
}
