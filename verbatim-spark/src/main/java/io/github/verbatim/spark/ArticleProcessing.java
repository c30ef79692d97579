package io.github.verbatim.spark;

import io.github.verbatim.index.speakers.SpeakerObservations;
import io.github.verbatim.index.statements.StatementReports;
import io.github.verbatim.index.store.ArticleKey;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.sink.JsonLinesWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * Runs the executor's pipeline ({@link PipelineHolder}) over one article and derives every later stage's
 * input from the result. The pipeline never throws for any text; a result whose diagnostics report an
 * internal error also becomes a diagnostics row. Stateless.
 */
final class ArticleProcessing {

    private static final String INTERNAL_ERROR = "internal error";

    private ArticleProcessing() {
    }

    /** The {@link ArticleTable} row of {@code record}, marked and kept as {@code flags} decided. */
    static Row process(ArticleRecord record, ArticleFlags flags) {
        Article article = record.toArticle(flags.duplicateOf(record.order()));
        DocumentResult result = PipelineHolder.get().process(article);
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
            return ArticleTable.row(record.order(), rows, null, List.of(), List.of(), error);
        }
        return ArticleTable.row(record.order(), rows, contractLine(result), StatementReports.of(key, result),
                SpeakerObservations.of(key, result), error);
    }

    private static String contractLine(DocumentResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonLinesWriter w = new JsonLinesWriter(bytes, true)) {
            w.write(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8).strip();
    }
}
