package io.github.verbatim.pipeline;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.DocumentResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Cuts a stream of articles into batches for {@link Pipeline#processAll} and hands every result on, in the
 * order the articles came. A batch is processed as soon as it holds {@code maxArticles} articles or
 * {@code maxChars} chars of text (so one huge article is processed alone and memory stays bounded), and
 * {@link #flush} processes what is left. Nothing is dropped: every {@link #add}ed article yields exactly one
 * result, delivered by the time {@link #flush} returns. Not thread-safe: one batcher per thread.
 */
public final class ArticleBatcher {

    /** Articles per batch: the stage-major gain levels off from about 32 (docs/performance.md). */
    public static final int DEFAULT_ARTICLES = 64;
    /** Text per batch, in chars: bounds the batch's working memory whatever the articles' lengths. */
    public static final long DEFAULT_CHARS = 1L << 20;

    private final Pipeline pipeline;
    private final int maxArticles;
    private final long maxChars;
    private final Consumer<DocumentResult> results;
    private final List<Article> pending = new ArrayList<>();
    private long pendingChars;

    /** A batcher with {@link #DEFAULT_ARTICLES} and {@link #DEFAULT_CHARS}. */
    public ArticleBatcher(Pipeline pipeline, Consumer<DocumentResult> results) {
        this(pipeline, DEFAULT_ARTICLES, DEFAULT_CHARS, results);
    }

    /**
     * @param maxArticles most articles in one batch, at least 1 (1 processes every article on its own)
     * @param maxChars    a batch is processed once its text reaches this many chars, at least 1
     * @param results     receives each article's result, in the order the articles were added
     */
    public ArticleBatcher(Pipeline pipeline, int maxArticles, long maxChars, Consumer<DocumentResult> results) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.results = Objects.requireNonNull(results, "results");
        if (maxArticles < 1) {
            throw new IllegalArgumentException("maxArticles must be at least 1, got " + maxArticles);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, got " + maxChars);
        }
        this.maxArticles = maxArticles;
        this.maxChars = maxChars;
    }

    /** Queues {@code article}; processes the batch (handing its results on) when the batch is full. */
    public void add(Article article) {
        pending.add(Objects.requireNonNull(article, "article"));
        pendingChars += article.text().length();
        if (pending.size() >= maxArticles || pendingChars >= maxChars) {
            flush();
        }
    }

    /** Processes the queued articles, if any, and hands their results on in order. */
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<DocumentResult> batch = pipeline.processAll(List.copyOf(pending));
        pending.clear();
        pendingChars = 0;
        for (DocumentResult result : batch) {
            results.accept(result);
        }
    }

    /** Articles added and not yet processed. */
    public int pending() {
        return pending.size();
    }
}
