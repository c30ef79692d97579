package io.github.verbatim.index.store;

/**
 * What rebuilding the cross-article aggregates produced.
 *
 * @param articles    articles read
 * @param reports     attributions clustered
 * @param statements  statements written
 * @param variants    variants across all statements
 * @param speakers    speakers written
 */
public record AggregateSummary(int articles, int reports, int statements, int variants, int speakers) {
}
