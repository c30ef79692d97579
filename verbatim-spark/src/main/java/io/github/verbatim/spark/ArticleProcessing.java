package io.github.verbatim.spark;

import io.github.verbatim.index.speakers.SpeakerObservation;
import io.github.verbatim.index.speakers.SpeakerObservations;
import io.github.verbatim.index.statements.StatementReport;
import io.github.verbatim.index.statements.StatementReports;
import io.github.verbatim.index.store.ArticleKey;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.DocumentResult;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * Runs the executor's pipeline ({@link PipelineHolder}) over a batch of articles ({@code Pipeline.processAll},
 * stage by stage, as {@code verbatim extract} does), each marked as {@link ArticleFlags} decided, and derives
 * every later stage's input from each result. The pipeline never throws for any text; a result whose
 * diagnostics report an internal error also becomes a diagnostics row. Stateless.
 */
final class ArticleProcessing {

    private static final String INTERNAL_ERROR = "internal error";

    private ArticleProcessing() {
    }

    /**
     * What one article yields.
     *
     * @param result       the pipeline's result (with the duplicate link set)
     * @param attributions its {@link AttributionTable} rows
     * @param stored       whether it is the first article of its article key: only then does it feed
     *                     {@code results/} and the aggregation
     * @param reports      the index's statement reports ({@code StatementReports}), empty unless stored
     * @param observations the index's speaker observations ({@code SpeakerObservations}), empty unless stored
     * @param error        a diagnostics record when the pipeline reported an internal error, else null
     */
    record Processed(DocumentResult result, List<Row> attributions, boolean stored, List<StatementReport> reports,
                     List<SpeakerObservation> observations, SkipRecord error) {
    }

    /** What each of {@code records} yields, in order, marked and kept as {@code flags} decided. */
    static List<Processed> processAll(List<ArticleRecord> records, ArticleFlags flags) {
        List<Article> articles = new ArrayList<>(records.size());
        for (ArticleRecord record : records) {
            articles.add(record.toArticle(flags.duplicateOf(record.order())));
        }
        List<DocumentResult> results = PipelineHolder.get().processAll(articles);
        List<Processed> out = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            out.add(derive(records.get(i), articles.get(i), results.get(i), flags));
        }
        return out;
    }

    /** What {@code record}, read as {@code article}, yields given its pipeline {@code result}. */
    private static Processed derive(ArticleRecord record, Article article, DocumentResult result, ArticleFlags flags) {
        String key = ArticleKey.of(article);
        SkipRecord error = null;
        for (String d : result.diagnostics()) {
            if (d.startsWith(INTERNAL_ERROR)) {
                error = new SkipRecord(record.file(), record.location(), "extract", "internal-error", d);
                break;
            }
        }
        List<Row> rows = AttributionTable.rows(key, record.location(), result);
        if (!flags.isStored(record.order())) {
            return new Processed(result, rows, false, List.of(), List.of(), error);
        }
        return new Processed(result, rows, true, StatementReports.of(key, result), SpeakerObservations.of(key, result),
                error);
    }
}
