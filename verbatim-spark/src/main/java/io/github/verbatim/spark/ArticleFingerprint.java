package io.github.verbatim.spark;

import io.github.verbatim.ingest.dedup.MinHash;
import io.github.verbatim.index.store.ArticleKey;
import java.io.Serializable;
import java.util.Objects;

/**
 * What the driver needs of one article to decide, in input order, whether it is a near-duplicate and whether
 * it is the first of its article key: computed on the executor that read it, so texts never reach the driver.
 *
 * @param order      input order ({@link ArticleRecord#order()})
 * @param id         the article's id (what {@code duplicate_of} names)
 * @param articleKey the index's store key ({@link ArticleKey})
 * @param signature  the ingest package's MinHash signature of the text
 */
record ArticleFingerprint(long order, String id, String articleKey, MinHash.Signature signature)
        implements Serializable {

    ArticleFingerprint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleKey, "articleKey");
        Objects.requireNonNull(signature, "signature");
    }

    static ArticleFingerprint of(ArticleRecord record) {
        return new ArticleFingerprint(record.order(), record.id(), ArticleKey.of(record.toArticle(null)),
                MinHash.of(record.text()));
    }
}
