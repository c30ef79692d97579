package io.github.verbatim.extract;

import io.github.verbatim.clean.ResidueSpan;
import io.github.verbatim.extract.quote.QuoteScan;
import io.github.verbatim.model.Article;
import io.github.verbatim.text.Segmentation;
import java.util.List;
import java.util.Objects;

/**
 * Everything the stages before extraction produced for one article, as handed to each
 * {@link CandidateStage}: the article, its segmentation and token forms, the quotations found, and the
 * residue (which no statement may include). All ranges are UTF-16 indices of {@code article.text()}.
 */
public record ExtractionInput(Article article, Segmentation segmentation, TokenText forms, QuoteScan quotes,
        List<ResidueSpan> residue) {
    public ExtractionInput {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(segmentation, "segmentation");
        Objects.requireNonNull(forms, "forms");
        Objects.requireNonNull(quotes, "quotes");
        residue = List.copyOf(residue);
    }
}
