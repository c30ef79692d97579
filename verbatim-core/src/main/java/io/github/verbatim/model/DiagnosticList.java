package io.github.verbatim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded collector of one document's diagnostics: keeps the first {@code limit} messages and counts the
 * rest, so a pathological input (a file of ten thousand quotation marks) cannot flood the output. Not
 * thread-safe: one per document being processed.
 */
public final class DiagnosticList {

    /** Default number of messages kept per document. */
    public static final int DEFAULT_LIMIT = 50;

    private final int limit;
    private final List<String> messages = new ArrayList<>();
    private int dropped;

    /** A collector keeping {@link #DEFAULT_LIMIT} messages. */
    public DiagnosticList() {
        this(DEFAULT_LIMIT);
    }

    /** A collector keeping at most {@code limit} messages. */
    public DiagnosticList(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("diagnostic limit must be positive, got " + limit);
        }
        this.limit = limit;
    }

    /** Records {@code message}, or counts it as dropped when the list is full. */
    public void add(String message) {
        if (messages.size() < limit) {
            messages.add(message);
        } else {
            dropped++;
        }
    }

    /** True when no more messages will be kept. */
    public boolean full() {
        return messages.size() >= limit;
    }

    /** The kept messages, plus one closing line counting the dropped ones when any were. */
    public List<String> toList() {
        if (dropped == 0) {
            return List.copyOf(messages);
        }
        List<String> out = new ArrayList<>(messages);
        out.add(dropped + " more diagnostics not shown");
        return List.copyOf(out);
    }
}
