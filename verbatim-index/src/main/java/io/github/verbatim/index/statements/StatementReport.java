package io.github.verbatim.index.statements;

import io.github.verbatim.model.AttributionKind;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One outlet's report of a statement: an attribution as the clustering sees it, free of any storage type.
 *
 * @param id          unique, stable id of the attribution (the store uses {@code articleKey#index})
 * @param articleKey  the article's store key
 * @param outlet      outlet name, or null when unknown
 * @param published   article date, or null when unknown
 * @param speakerName resolved speaker name, or null
 * @param kind        direct, mixed or indirect
 * @param text        the attribution's content text
 */
public record StatementReport(String id, String articleKey, String outlet, LocalDate published,
                              String speakerName, AttributionKind kind, String text)
        implements java.io.Serializable {

    /** Earliest first: by date (unknown dates last), then outlet, then id, so ties break the same everywhere. */
    public static final Comparator<StatementReport> CHRONOLOGICAL = Comparator
            .comparing(StatementReport::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StatementReport::outlet, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StatementReport::id);

    public StatementReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleKey, "articleKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
