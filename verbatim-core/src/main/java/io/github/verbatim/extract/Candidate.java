package io.github.verbatim.extract;

import io.github.verbatim.model.AttributionKind;
import java.util.List;
import java.util.Objects;

/**
 * A statement found by extraction, before speaker resolution: UTF-16 ranges of the original text.
 *
 * <p>Direct content spans include their quotation marks, as PolNeAR annotates them. This is the hand-over point between extractors (the rules here, a learned tagger later) and the
 * speaker resolver: any extractor may add or replace candidates. {@code content} has one or more segments
 * in text order; {@code cue} and {@code source} are null when the text has none in reach, in which case the
 * resolver gives the statement the most likely speaker from context. {@code rule} names what found it.
 */
public record Candidate(
        AttributionKind kind,
        List<CharRange> content,
        CharRange cue,
        CharRange source,
        double confidence,
        String rule) {

    public Candidate {
        Objects.requireNonNull(kind, "kind");
        content = List.copyOf(content);
        Objects.requireNonNull(rule, "rule");
        if (content.isEmpty()) {
            throw new IllegalArgumentException("a candidate needs content");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1]");
        }
    }

    /** Start of the first content segment. */
    public int start() {
        return content.get(0).start();
    }

    /** End of the last content segment. */
    public int end() {
        return content.get(content.size() - 1).end();
    }

    /** The same candidate with one more content segment appended. */
    public Candidate withSegment(CharRange segment) {
        List<CharRange> more = new java.util.ArrayList<>(content);
        more.add(segment);
        return new Candidate(kind, more, cue, source, confidence, rule);
    }
}
