package io.github.verbatim.index.statements;

import io.github.verbatim.model.ArticleMetadata;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.DocumentResult;
import java.util.ArrayList;
import java.util.List;

/** Turns one article's result into the reports the clusterer reads. Plain Java, stateless. */
public final class StatementReports {

    private StatementReports() {
    }

    /** The id of attribution number {@code index} (0-based, contract order) of the article keyed {@code articleKey}. */
    public static String reportId(String articleKey, int index) {
        return articleKey + "#" + index;
    }

    /** One report per attribution of {@code result}, ids from {@link #reportId}. */
    public static List<StatementReport> of(String articleKey, DocumentResult result) {
        ArticleMetadata meta = result.article().metadata();
        List<StatementReport> reports = new ArrayList<>(result.attributions().size());
        for (int i = 0; i < result.attributions().size(); i++) {
            Attribution a = result.attributions().get(i);
            reports.add(new StatementReport(reportId(articleKey, i), articleKey, meta.outlet(), meta.published(),
                    a.speaker() == null ? null : a.speaker().name(), a.kind(), a.text()));
        }
        return reports;
    }
}
