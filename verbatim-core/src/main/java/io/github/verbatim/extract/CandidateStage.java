package io.github.verbatim.extract;

import java.util.List;

/**
 * A step that may add, drop or replace extracted statements before speaker resolution: the seam where a
 * learned tagger joins the rule-based extractor. Implementations must be stateless and thread-safe; they
 * return a new list (candidates are immutable) and may throw, in which case the pipeline keeps the
 * candidates it had and records a diagnostic.
 */
@FunctionalInterface
public interface CandidateStage {

    /** The candidates to keep for {@code input}, given those found so far (ordered by content start). */
    List<Candidate> apply(ExtractionInput input, List<Candidate> candidates);
}
