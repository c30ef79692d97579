package io.github.verbatim.cli;

import java.io.PrintWriter;

/**
 * The one-line progress display of {@code verbatim index}, redrawn in place at most five times a second on a
 * terminal, or printed as a plain line every ten seconds otherwise (logs, CI). Not thread-safe.
 */
final class IndexProgress {

    private final PrintWriter err;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private long lastDraw;
    private int width;

    IndexProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Shows the counts if enough time has passed since the last display. */
    void update(long read, long added, long already, long skipped, long failed) {
        long now = System.nanoTime();
        long every = terminal ? 200_000_000L : 10_000_000_000L;
        if (now - lastDraw < every) {
            return;
        }
        lastDraw = now;
        draw(read, added, already, skipped, failed);
    }

    /** Shows the final counts and ends the line. */
    void finish(long read, long added, long already, long skipped, long failed) {
        draw(read, added, already, skipped, failed);
        if (terminal) {
            err.println();
        }
        err.flush();
    }

    /** Seconds since the display was created. */
    double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private void draw(long read, long added, long already, long skipped, long failed) {
        double secs = Math.max(1e-9, elapsedSeconds());
        String line = String.format("indexing: %,d read  %,d added  %,d already stored  %,d skipped%s  %.0f articles/s",
                read, added, already, skipped, failed == 0 ? "" : String.format("  %,d failed", failed), read / secs);
        if (terminal) {
            int pad = Math.max(0, width - line.length());
            err.print("\r" + line + " ".repeat(pad));
            width = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }
}
