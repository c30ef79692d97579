package io.github.verbatim.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything Verbatim found in one article: the unit the sinks (JSON Lines, table, index) consume.
 *
 * <p>Attributions are ordered by the start of their content. Every attribution's speaker id names one
 * entry of {@code speakers}. {@code residue} lists the scraping residue that cleaning recognised.
 * Diagnostics are human-readable notes on repairs and problems ("unbalanced closing quotation mark at
 * 1740"), bounded in number.
 */
public record DocumentResult(
        Article article,
        List<Attribution> attributions,
        List<Speaker> speakers,
        List<Residue> residue,
        List<String> diagnostics) {

    public DocumentResult {
        Objects.requireNonNull(article, "article");
        attributions = List.copyOf(attributions);
        speakers = List.copyOf(speakers);
        residue = List.copyOf(residue);
        diagnostics = List.copyOf(diagnostics);
    }
}
