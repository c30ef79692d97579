package io.github.verbatim.cli.bench;

import io.github.verbatim.model.Article;
import java.util.Objects;

/**
 * One article handed from the reading thread to a measuring worker.
 *
 * @param article   the article as read
 * @param utf8Bytes the size of its text in UTF-8, the unit every MB/s figure counts
 * @param utf8      its text encoded in UTF-8 when the workload decodes bytes (the baseline), else null
 */
public record BenchItem(Article article, long utf8Bytes, byte[] utf8) {
    public BenchItem {
        Objects.requireNonNull(article, "article");
        if (utf8Bytes < 0) {
            throw new IllegalArgumentException("utf8Bytes must not be negative, got " + utf8Bytes);
        }
    }
}
