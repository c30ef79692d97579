package io.github.verbatim.server;

/**
 * Refuses search queries too costly to run for an anonymous caller: too long, too many terms, too many
 * wildcard or fuzzy operators, or regular expressions ({@code /.../}, which Lucene runs as automata over the
 * whole term dictionary). Syntax errors are left to the store, which reports them as
 * {@link io.github.verbatim.index.store.InvalidQueryException}.
 */
final class QueryGuard {

    private final ServerLimits limits;

    QueryGuard(ServerLimits limits) {
        this.limits = limits;
    }

    /** Returns {@code query} (never null: blank means everything) or throws a 400 naming the limit. */
    String check(String query) {
        if (query == null || query.isBlank()) {
            return "*";
        }
        String q = query.strip();
        if (q.equals("*") || q.equals("*:*")) {
            return q;
        }
        if (q.length() > limits.maxQueryChars()) {
            throw ApiException.badRequest("query_too_complex", "query is " + q.length()
                    + " characters long; the limit is " + limits.maxQueryChars());
        }
        int terms = q.split("\\s+").length;
        if (terms > limits.maxQueryTerms()) {
            throw ApiException.badRequest("query_too_complex", "query has " + terms + " terms; the limit is "
                    + limits.maxQueryTerms());
        }
        int wild = 0;
        boolean escaped = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (escaped) {
                escaped = false;
                continue;
            }
            if (c == '\\') {
                escaped = true;
            } else if (c == '*' || c == '?' || c == '~') {
                wild++;
            } else if (c == '/') {
                throw ApiException.badRequest("query_too_complex", "regular expressions (/.../) are not "
                        + "allowed; escape a slash as \\/ to search for it");
            }
        }
        if (wild > limits.maxQueryWildcards()) {
            throw ApiException.badRequest("query_too_complex", "query has " + wild + " wildcard or fuzzy "
                    + "operators; the limit is " + limits.maxQueryWildcards());
        }
        return q;
    }
}
