package io.github.verbatim.model;

import java.util.Objects;

/**
 * A stretch of scraping residue found in an article: a repeated headline, an "ALSO READ:" insert, a share
 * or photo-credit line. Residue is reported, never rewritten away, and never becomes part of a statement.
 *
 * @param span   where it is, in code points of the original text
 * @param kind   a short stable label such as {@code repeated-headline} or {@code insert}
 * @param text   the covered text
 */
public record Residue(Span span, String kind, String text) {
    public Residue {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
