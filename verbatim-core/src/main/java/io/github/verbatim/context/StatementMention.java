package io.github.verbatim.context;

import io.github.verbatim.context.ner.EntityMention;
import java.util.Objects;

/**
 * A name inside a statement's content.
 *
 * @param entity    the name, its span, type and normalised name
 * @param speakerId the id of the article's speaker it names, or null when it names none
 */
public record StatementMention(EntityMention entity, String speakerId) {
    public StatementMention {
        Objects.requireNonNull(entity, "entity");
    }
}
