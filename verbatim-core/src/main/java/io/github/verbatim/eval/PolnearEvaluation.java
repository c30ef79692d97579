package io.github.verbatim.eval;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.DocumentResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs a system over gold documents and scores it: the engine behind {@code verbatim eval polnear}.
 *
 * @param scorer    summed scores, by subset
 * @param documents per-document scores and the system's result for each, in corpus order
 */
public record PolnearEvaluation(AttributionScorer scorer, List<Evaluated> documents) {

    /** One document's gold standard, the system's output and its scores. */
    public record Evaluated(GoldDocument gold, DocumentResult predicted, AttributionScorer.DocumentScore score) {
    }

    /** Runs {@code system} on every document of {@code gold} and scores the results. */
    public static PolnearEvaluation run(List<GoldDocument> gold, Function<Article, DocumentResult> system) {
        Objects.requireNonNull(system, "system");
        AttributionScorer scorer = new AttributionScorer();
        List<Evaluated> docs = new ArrayList<>(gold.size());
        for (GoldDocument g : gold) {
            DocumentResult predicted = system.apply(g.article());
            docs.add(new Evaluated(g, predicted, scorer.add(g, predicted)));
        }
        return new PolnearEvaluation(scorer, List.copyOf(docs));
    }
}
