package io.github.verbatim.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Formats {@link AttributionScorer.Scores} as one line per metric, with the metric names of
 * {@code DESIGN.md} so that scripts and tests can read them back.
 */
public final class EvalReportFormatter {

    private EvalReportFormatter() {
    }

    /** Lines for the overall scores plus the {@code direct.*} lines. */
    public static List<String> lines(AttributionScorer scorer) {
        List<String> out = new ArrayList<>(lines("", scorer.report(AttributionScorer.Subset.ALL)));
        AttributionScorer.Scores quoted = scorer.report(AttributionScorer.Subset.QUOTED);
        out.add(single("direct.recall", quoted.contentOverlap().recall(), quoted.contentOverlap().matchedGold(),
                quoted.contentOverlap().gold()));
        out.add(single("direct.precision", quoted.contentOverlap().precision(),
                quoted.contentOverlap().matchedPredicted(), quoted.contentOverlap().predicted()));
        out.add(single("direct.source|content", quoted.sourceGivenContent(), quoted.sourceGivenContentHits(),
                quoted.sourceGivenContentTotal()));
        out.add(prf("direct.attribution", quoted.attribution()));
        return out;
    }

    /** Lines for one subset's scores, each metric name prefixed with {@code prefix}. */
    public static List<String> lines(String prefix, AttributionScorer.Scores s) {
        List<String> out = new ArrayList<>();
        out.add(prf(prefix + "content.overlap", s.contentOverlap()));
        out.add(prf(prefix + "content.exact", s.contentExact()));
        out.add(prf(prefix + "attribution", s.attribution()));
        out.add(prf(prefix + "span.source.exact", s.sourceExact()));
        out.add(prf(prefix + "span.cue.exact", s.cueExact()));
        out.add(prf(prefix + "span.content.exact", s.contentSpanExact()));
        out.add(single(prefix + "source|content", s.sourceGivenContent(), s.sourceGivenContentHits(),
                s.sourceGivenContentTotal()));
        return out;
    }

    private static String prf(String name, Prf p) {
        return String.format(Locale.ROOT, "%-26s P %.3f  R %.3f  F1 %.3f  (pred %d, gold %d)", name,
                p.precision(), p.recall(), p.f1(), p.predicted(), p.gold());
    }

    private static String single(String name, double value, long hits, long total) {
        return String.format(Locale.ROOT, "%-26s %.3f  (%d/%d)", name, value, hits, total);
    }
}
