package io.github.verbatim.index.store;

/** How much a store holds, and whether its statements and speakers reflect every article. */
public record StoreCounts(int articles, int attributions, int statements, int speakers, boolean aggregatesCurrent) {
}
