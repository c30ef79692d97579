package io.github.verbatim.index.store;

/** A search request the store cannot run: bad query syntax, a query that expands too far, a bad filter. */
public final class InvalidQueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
