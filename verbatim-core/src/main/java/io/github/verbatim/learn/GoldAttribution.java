package io.github.verbatim.learn;

import io.github.verbatim.model.Span;

import java.util.List;

/**
 * One annotated attribution used for training: its source, cue and content segments as code point spans.
 * Any list may be empty (PolNeAR has attributions without a source).
 */
public record GoldAttribution(List<Span> source, List<Span> cue, List<Span> content) {
    public GoldAttribution {
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
    }

    /** The segments of {@code role}. */
    public List<Span> spans(AttributionRole role) {
        return switch (role) {
            case SOURCE -> source;
            case CUE -> cue;
            case CONTENT -> content;
        };
    }
}
