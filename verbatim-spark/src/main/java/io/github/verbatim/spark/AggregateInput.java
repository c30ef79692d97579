package io.github.verbatim.spark;

import io.github.verbatim.index.speakers.SpeakerObservation;
import io.github.verbatim.index.statements.StatementReport;
import java.io.Serializable;
import java.util.List;

/**
 * One stored article's contribution to the aggregation: what the index would read back from its store for
 * that article. {@code order} decides which copy wins when several inputs share an article key (the first in
 * input order, as the store keeps the first it is given).
 */
record AggregateInput(long order, String articleKey, List<StatementReport> reports,
                      List<SpeakerObservation> observations) implements Serializable {

    AggregateInput {
        java.util.Objects.requireNonNull(articleKey, "articleKey");
        reports = List.copyOf(reports);
        observations = List.copyOf(observations);
    }
}
