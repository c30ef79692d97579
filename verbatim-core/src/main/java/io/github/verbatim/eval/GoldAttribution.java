package io.github.verbatim.eval;

import io.github.verbatim.model.Span;
import java.util.List;

/**
 * One annotated attribution from a gold standard: its content, cue and source spans in code points.
 * {@code source} is empty for PolNeAR's "Attribution-no-source"; {@code cue} may be empty too.
 */
public record GoldAttribution(String id, List<Span> content, List<Span> cue, List<Span> source) {
    public GoldAttribution {
        content = List.copyOf(content);
        cue = List.copyOf(cue);
        source = List.copyOf(source);
    }
}
