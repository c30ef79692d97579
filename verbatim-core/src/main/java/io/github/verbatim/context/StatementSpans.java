package io.github.verbatim.context;

import java.util.List;
import java.util.Objects;

/**
 * One statement handed to {@link ContextAnnotator}: where its content and source are, and who said it.
 *
 * @param content   UTF-16 ranges of the content, at least one, in text order
 * @param source    UTF-16 range of the source mention ("he", "the secretary of state"); null when none
 * @param speakerId the article-local id of the speaker the source resolves to ("e1"); null when unresolved
 */
public record StatementSpans(List<CharSpan> content, CharSpan source, String speakerId) {
    public StatementSpans {
        content = List.copyOf(content);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("a statement needs at least one content span");
        }
    }
}
