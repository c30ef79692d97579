package io.github.verbatim.index.store;

import java.util.List;

/**
 * @param total how many attributions matched (at least {@code hits.size()})
 * @param hits  the best {@code limit} of them, best first
 */
public record SearchResults(long total, List<StatementHit> hits) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
