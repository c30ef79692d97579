package io.github.verbatim.context;

import io.github.verbatim.context.place.Place;
import io.github.verbatim.context.time.ResolvedTime;
import java.util.List;

/**
 * Where, when and about whom one statement was made.
 *
 * @param mentions names inside its content, in text order
 * @param time     when it was said; null only when the text gives no time and the article has no date
 * @param place    where it was said; null when neither a venue nor a dateline is stated
 */
public record StatementContext(List<StatementMention> mentions, ResolvedTime time, Place place) {
    public StatementContext {
        mentions = List.copyOf(mentions);
    }
}
