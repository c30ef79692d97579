package io.github.verbatim.learn;

import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.model.Span;
import io.github.verbatim.model.SpeakerRef;

import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * One attribution as the learned linker found it, before speaker resolution: content, cue and source
 * segments as code point spans of the original text, and a kind read off the quotation marks.
 *
 * @param kind       direct (content wholly quoted), mixed (partly) or indirect (no quotation marks)
 * @param content    at least one content segment, ascending
 * @param cue        cue segments, empty when the tagger found none for this content
 * @param source     source segments, empty when none was found
 * @param confidence in [0, 1]: lower when the cue or the source is missing
 */
public record LinkedAttribution(AttributionKind kind, List<Span> content, List<Span> cue, List<Span> source,
        double confidence) {

    public LinkedAttribution {
        Objects.requireNonNull(kind, "kind");
        content = List.copyOf(content);
        cue = List.copyOf(cue);
        source = List.copyOf(source);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("a linked attribution needs a content span");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1]");
        }
    }

    /** The contract record, with the covered texts sliced from {@code text} and no speaker. */
    public Attribution toAttribution(String text) {
        return toAttribution(text, (SpeakerRef) null);
    }

    /** The contract record with the given speaker (may be null). */
    public Attribution toAttribution(String text, SpeakerRef speaker) {
        return new Attribution(kind, content, cue, source, slice(text, content), slice(text, cue),
                slice(text, source), speaker, confidence);
    }

    /**
     * As {@link #toAttribution(String)}, converting offsets with {@code index}, the {@link CodePointIndex} of
     * {@code text}: no scan from the text's start per span, for callers converting many attributions.
     */
    public Attribution toAttribution(String text, CodePointIndex index) {
        return new Attribution(kind, content, cue, source, slice(text, index, content), slice(text, index, cue),
                slice(text, index, source), null, confidence);
    }

    private static String slice(String text, CodePointIndex index, List<Span> spans) {
        StringJoiner joiner = new StringJoiner(" ");
        for (Span s : spans) {
            joiner.add(text.substring(index.toChar(s.start()), index.toChar(s.end())));
        }
        return joiner.toString();
    }

    /** The covered text of code point spans, segments joined by one space. */
    static String slice(String text, List<Span> spans) {
        StringJoiner joiner = new StringJoiner(" ");
        for (Span s : spans) {
            int from = text.offsetByCodePoints(0, s.start());
            int to = text.offsetByCodePoints(from, s.length());
            joiner.add(text.substring(from, to));
        }
        return joiner.toString();
    }
}
