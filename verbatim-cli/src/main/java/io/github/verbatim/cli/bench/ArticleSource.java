package io.github.verbatim.cli.bench;

import io.github.verbatim.model.Article;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/** Where a benchmark pass reads its articles from, one at a time, so that no pass holds the corpus. */
public interface ArticleSource {

    /**
     * Passes the articles in order to {@code sink} until they run out or {@code sink} returns false, reporting
     * input bytes consumed (as stored, compressed or not) to {@code consumed} as reading goes. Can be called
     * again for another pass, which starts from the first article.
     *
     * @return documents that could not be read (counted skips); never throws for bad data
     */
    long read(Predicate<Article> sink, LongConsumer consumed);
}
