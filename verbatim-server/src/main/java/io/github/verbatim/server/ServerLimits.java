package io.github.verbatim.server;

/**
 * The limits the API enforces (documented in docs/api.md). Immutable.
 *
 * @param maxBodyBytes      largest request body accepted ({@code 413} above)
 * @param maxPageSize       largest {@code size} of a search page ({@code 400} above)
 * @param maxResultWindow   deepest result reachable by paging: {@code page * size} at most this
 * @param maxQueryChars     longest search query, in characters
 * @param maxQueryTerms     most whitespace-separated terms in a search query
 * @param maxQueryWildcards most wildcard ({@code * ?}) and fuzzy ({@code ~}) operators in a search query
 */
public record ServerLimits(int maxBodyBytes, int maxPageSize, int maxResultWindow, int maxQueryChars,
                           int maxQueryTerms, int maxQueryWildcards) {

    /** The limits {@code verbatim serve} runs with. */
    public static final ServerLimits STANDARD = new ServerLimits(1 << 20, 100, 1000, 500, 32, 4);

    public ServerLimits {
        if (maxBodyBytes < 1 || maxPageSize < 1 || maxResultWindow < maxPageSize || maxQueryChars < 1
                || maxQueryTerms < 1 || maxQueryWildcards < 0) {
            throw new IllegalArgumentException("limits must be positive and maxResultWindow >= maxPageSize: "
                    + maxBodyBytes + ", " + maxPageSize + ", " + maxResultWindow + ", " + maxQueryChars + ", "
                    + maxQueryTerms + ", " + maxQueryWildcards);
        }
    }
}
