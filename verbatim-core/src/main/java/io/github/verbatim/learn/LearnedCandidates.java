package io.github.verbatim.learn;

import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.model.Span;
import io.github.verbatim.text.Segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The learned attributor as an extractor of the rule pipeline's hand-over type: {@link Candidate}s with
 * UTF-16 ranges, rule name {@value #RULE}, for arbitration with the rule candidates and speaker resolution.
 * Thread-safe.
 */
public final class LearnedCandidates {

    /** The {@link Candidate#rule()} of every candidate this class makes. */
    public static final String RULE = "learned";

    private final LearnedAttributor attributor;

    public LearnedCandidates(LearnedAttributor attributor) {
        this.attributor = Objects.requireNonNull(attributor, "attributor");
    }

    /** Candidates for the statements the learned attributor finds in {@code segmentation}, in content order. */
    public List<Candidate> extract(Segmentation segmentation) {
        CodePointIndex index = CodePointIndex.of(segmentation.text());
        List<LinkedAttribution> linked = attributor.attribute(segmentation);
        List<Candidate> out = new ArrayList<>(linked.size());
        for (LinkedAttribution a : linked) {
            List<CharRange> content = new ArrayList<>(a.content().size());
            for (Span s : a.content()) {
                content.add(range(index, s));
            }
            CharRange cue = a.cue().isEmpty() ? null : range(index, a.cue().get(0));
            CharRange source = a.source().isEmpty() ? null : range(index, a.source().get(0));
            out.add(new Candidate(a.kind(), content, cue, source, a.confidence(), RULE));
        }
        return out;
    }

    private static CharRange range(CodePointIndex index, Span span) {
        return new CharRange(index.toChar(span.start()), index.toChar(span.end()));
    }
}
