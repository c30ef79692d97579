package io.github.verbatim.context.ner;

import java.util.List;
import java.util.Objects;

/**
 * A document with labelled names, for training and scoring the tagger.
 *
 * @param id       corpus id ("polnear/dev/NAME", "bbc:business/001")
 * @param text     the text every span indexes
 * @param entities labelled names, in text order, not overlapping
 */
public record NerDocument(String id, String text, List<GoldEntity> entities) {
    public NerDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        entities = List.copyOf(entities);
        for (GoldEntity e : entities) {
            if (e.span().end() > text.length()) {
                throw new IllegalArgumentException("entity " + e + " past the end of " + id);
            }
        }
    }
}
