package io.github.verbatim.model;

import java.util.Objects;

/**
 * A name inside a statement's content, as the output contract writes it (an element of {@code "mentions"}).
 *
 * @param text    the name as written ("Beijing")
 * @param span    its code point span
 * @param type    "PER", "ORG", "LOC" or "MISC"
 * @param name    the normalised name it refers to ("China" for "Beijing")
 * @param speaker id of the article's speaker entity it names ("e1"), or null
 */
public record EntityRef(String text, Span span, String type, String name, String speaker) {
    public EntityRef {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }
}
