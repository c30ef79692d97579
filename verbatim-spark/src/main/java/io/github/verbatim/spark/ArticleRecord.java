package io.github.verbatim.spark;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.ArticleMetadata;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An article read on an executor, in a form Spark can ship between stages ({@link Article} itself is not
 * serializable). Converts back losslessly with {@link #toArticle}.
 *
 * @param order    position in input order: file number in the high 32 bits, document number in the file in
 *                 the low 32 bits; the CLI reads in this order, so "first seen" means the same thing
 * @param file     the input file (a Hadoop URI)
 * @param location where it came from ({@code uri}, {@code uri:line}, {@code uri#record})
 */
record ArticleRecord(long order, String file, String location, String id, String text, String title, String url,
                     LocalDate published, String outlet, String language, String byline, String duplicateOf)
        implements Serializable {

    ArticleRecord {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    static ArticleRecord of(long order, String file, String location, Article article) {
        ArticleMetadata m = article.metadata();
        return new ArticleRecord(order, file, location, article.id(), article.text(), m.title(), m.url(), m.published(),
                m.outlet(), m.language(), m.byline(), m.duplicateOf());
    }

    /** The article, its duplicate link replaced by {@code duplicateOf} when that is not null. */
    Article toArticle(String duplicateOf) {
        return new Article(id, text, new ArticleMetadata(title, url, published, outlet, language, byline,
                duplicateOf != null ? duplicateOf : this.duplicateOf));
    }
}
