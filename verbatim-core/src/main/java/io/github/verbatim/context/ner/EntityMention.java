package io.github.verbatim.context.ner;

import io.github.verbatim.context.CharSpan;
import java.util.Objects;

/**
 * One named-entity mention found in an article.
 *
 * @param span           UTF-16 range of the mention in the original text
 * @param type           its type
 * @param text           the covered text, exactly
 * @param normalisedName the canonical name it refers to: the country for a capital used as metonym
 *                       ("Beijing" → "China"), the country for a demonym, else the text with white space
 *                       collapsed and a possessive clitic removed
 */
public record EntityMention(CharSpan span, EntityType type, String text, String normalisedName) {
    public EntityMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(normalisedName, "normalisedName");
    }
}
