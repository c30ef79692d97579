package io.github.verbatim.model;

import java.util.List;
import java.util.Objects;

/**
 * One statement: who (source) said (cue) what (content), with the speaker entity the source resolves to.
 *
 * <p>All spans are code point offsets into the article's original text. {@code content} has at least one
 * segment; a quote interrupted by its cue ("“We will,” he said, “win.”") has several. {@code cue} and
 * {@code source} are empty when the text has none. The three {@code *Text} fields are the covered text,
 * segments joined by a single space, for readers that do not want to slice. {@code speaker} is null when the
 * source could not be resolved. {@code confidence} is in {@code [0, 1]}.
 *
 * <p>Context (filled by {@code io.github.verbatim.context.ContextAnnotator}): {@code time} is when it was said
 * (null when unknown), {@code place} where (null when unknown), {@code mentions} the names inside its content
 * (empty when none or not annotated). The nine-argument constructor leaves them empty; {@link #withContext}
 * adds them.
 */
public record Attribution(
        AttributionKind kind,
        List<Span> content,
        List<Span> cue,
        List<Span> source,
        String text,
        String cueText,
        String sourceText,
        SpeakerRef speaker,
        double confidence,
        TimeRef time,
        PlaceRef place,
        List<EntityRef> mentions) {

    /** An attribution without context. */
    public Attribution(AttributionKind kind, List<Span> content, List<Span> cue, List<Span> source, String text,
            String cueText, String sourceText, SpeakerRef speaker, double confidence) {
        this(kind, content, cue, source, text, cueText, sourceText, speaker, confidence, null, null, List.of());
    }

    public Attribution {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        Objects.requireNonNull(kind, "kind");
        content = List.copyOf(content);
        cue = List.copyOf(cue);
        source = List.copyOf(source);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(cueText, "cueText");
        Objects.requireNonNull(sourceText, "sourceText");
        if (content.isEmpty()) {
            throw new IllegalArgumentException("an attribution needs at least one content span");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1]");
        }
    }

    /** The same attribution with its time, place and mentions. */
    public Attribution withContext(TimeRef newTime, PlaceRef newPlace, List<EntityRef> newMentions) {
        return new Attribution(kind, content, cue, source, text, cueText, sourceText, speaker, confidence, newTime,
                newPlace, newMentions);
    }

    /** The smallest span covering every content segment. */
    public Span contentExtent() {
        return new Span(content.get(0).start(), content.get(content.size() - 1).end());
    }
}
