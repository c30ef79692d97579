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
import java.util.Map;

/**
 * Runs the executor's pipeline ({@link PipelineHolder}) over one article and derives every later stage's
 * input from the result. The pipeline never throws for any text; a result whose diagnostics report an
 * internal error also becomes a diagnostics row. Stateless.
 */
final class ArticleProcessing {

    private static final String INTERNAL_ERROR = "internal error";

    private ArticleProcessing() {
    }

    /** The processed form of {@code record}, marked as a duplicate when {@code duplicates} names it. */
    static ProcessedArticle process(ArticleRecord record, Map<Long, String> duplicates) {
        Article article = record.toArticle(duplicates.get(record.order()));
        DocumentResult result = PipelineHolder.get().process(article);
        String key = ArticleKey.of(article);
        SkipRecord error = null;
        for (String d : result.diagnostics()) {
            if (d.startsWith(INTERNAL_ERROR)) {
                error = new SkipRecord(record.file(), record.location(), "extract", "internal-error", d);
                break;
            }
        }
        return new ProcessedArticle(record.order(), key, AttributionTable.rows(key, record.location(), result),
                StatementReports.of(key, result), SpeakerObservations.of(key, result), contractLine(result), error);
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
