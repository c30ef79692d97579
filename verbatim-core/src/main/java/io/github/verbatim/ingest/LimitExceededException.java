package io.github.verbatim.ingest;

import java.io.IOException;

/** Thrown by guarded streams when input passes one of the {@link InputLimits}; {@link #reason} is a skip label. */
public final class LimitExceededException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    /** @param reason a stable label such as {@code too-large} or {@code gzip-bomb} */
    public LimitExceededException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** The stable label to count the skip by. */
    public String reason() {
        return reason;
    }
}
