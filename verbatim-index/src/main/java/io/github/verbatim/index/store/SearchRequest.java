package io.github.verbatim.index.store;

import io.github.verbatim.model.AttributionKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A statement search: Lucene query syntax over the statement text ({@code *} or blank for all), plus
 * optional filters (null = no filter). Dates are inclusive.
 */
public record SearchRequest(String query, String speaker, LocalDate since, LocalDate until, String outlet,
                            AttributionKind kind, int limit) {
    public SearchRequest {
        Objects.requireNonNull(query, "query");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, got " + limit);
        }
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("--since " + since + " is after --until " + until);
        }
    }

    /** A keyword search with no filters. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, null, null, null, null, null, limit);
    }
}
