package io.github.verbatim.context.ner;

import io.github.verbatim.context.CharSpan;
import java.util.Objects;

/**
 * A labelled name in training or evaluation data.
 *
 * @param span UTF-16 range in the document text
 * @param type its type
 */
public record GoldEntity(CharSpan span, EntityType type) {
    public GoldEntity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
    }
}
