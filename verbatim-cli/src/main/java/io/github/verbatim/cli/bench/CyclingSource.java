package io.github.verbatim.cli.bench;

import io.github.verbatim.model.Article;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * The first {@code limit} articles of another source, read again and again from the start until the sink
 * wants no more: a warm-up can then run as long as it needs over the articles that will be timed, in their
 * order. A source that yields no article ends the reading (it would otherwise cycle forever). Immutable.
 */
public final class CyclingSource implements ArticleSource {

    private final ArticleSource source;
    private final long limit;

    /** Cycles over the first {@code limit} (at least 1) articles of {@code source}. */
    public CyclingSource(ArticleSource source, long limit) {
        this.source = Objects.requireNonNull(source, "source");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        this.limit = limit;
    }

    /** Returns the documents skipped over all cycles. */
    @Override
    public long read(Predicate<Article> sink, LongConsumer consumed) {
        long skipped = 0;
        boolean[] more = {true};
        while (more[0]) {
            long[] passed = {0};
            skipped += source.read(article -> {
                if (passed[0] >= limit) {
                    return false;
                }
                passed[0]++;
                if (!sink.test(article)) {
                    more[0] = false;
                    return false;
                }
                return true;
            }, consumed);
            if (passed[0] == 0) {
                break;
            }
        }
        return skipped;
    }
}
