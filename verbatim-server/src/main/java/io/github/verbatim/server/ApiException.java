package io.github.verbatim.server;

/**
 * A request the API refuses or cannot serve, with the HTTP status and a stable machine-readable code. The
 * server turns it into {@code {"error": {"status", "code", "message"}}}; the message names the bad value and
 * is safe to show (it never carries a stack trace).
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    /** An error with {@code status} (4xx or 5xx) and {@code code} (snake_case). */
    public ApiException(int status, String code, String message) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("error status must be 4xx or 5xx, got " + status);
        }
        this.status = status;
        this.code = code;
    }

    /** 400 with {@code code}. */
    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    /** 404 for a missing {@code what} named {@code id}. */
    public static ApiException notFound(String what, String id) {
        return new ApiException(404, "not_found", "no " + what + " '" + id + "'");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
