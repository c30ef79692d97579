package io.github.verbatim.spark;

import io.github.verbatim.index.speakers.SpeakerObservation;
import io.github.verbatim.index.statements.StatementReport;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;

/**
 * Everything the later stages need from one extracted article, computed once on the executor that ran the
 * pipeline: its attribution rows, the statement reports and speaker observations the index's aggregation
 * reads (built by the index's own {@code StatementReports} and {@code SpeakerObservations}), and its result
 * as one contract line with the text, for {@code verbatim index --from-parquet}.
 *
 * @param order         input order (see {@link ArticleRecord#order()})
 * @param articleKey    the index's store key for the article
 * @param rows          {@link AttributionTable} rows
 * @param reports       statement reports, ids {@code articleKey#index}
 * @param observations  speaker observations
 * @param resultLine    the article's JSON Lines contract object, with its text
 * @param internalError a diagnostics row when the pipeline failed on the article, else null
 */
record ProcessedArticle(long order, String articleKey, List<Row> rows, List<StatementReport> reports,
                        List<SpeakerObservation> observations, String resultLine, SkipRecord internalError)
        implements Serializable {

    ProcessedArticle {
        Objects.requireNonNull(articleKey, "articleKey");
        Objects.requireNonNull(resultLine, "resultLine");
        rows = List.copyOf(rows);
        reports = List.copyOf(reports);
        observations = List.copyOf(observations);
    }
}
