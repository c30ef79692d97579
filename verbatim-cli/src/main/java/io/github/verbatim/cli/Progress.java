package io.github.verbatim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Progress of a long run over input files, for people: documents, megabytes of input, rate and ETA.
 *
 * <p>On a terminal it redraws one status line in place (carriage return) at most five times a second, with a
 * bar and ETA when the total input size is known. Elsewhere (a pipe, a CI log) it prints a plain line every
 * {@code plainInterval} nanoseconds, or nothing when that interval is zero. {@link #finish()} prints the final
 * line. Callers report work with {@link #documents} and {@link #bytes}; both are thread-safe.
 */
public final class Progress {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 24;

    private final PrintWriter out;
    private final boolean terminal;
    private final long totalBytes;
    private final long plainInterval;
    private final LongSupplier clock;
    private final long start;
    private long docs;
    private long done;
    private long lastDraw;
    private int lastWidth;

    /**
     * @param out           where to draw (stderr)
     * @param terminal      whether {@code out} is a terminal (redraw in place)
     * @param totalBytes    total input bytes, or -1 when unknown (no bar, no ETA)
     * @param plainInterval nanoseconds between plain lines when not a terminal; 0 for none
     * @param clock         nanosecond clock ({@code System::nanoTime})
     */
    public Progress(PrintWriter out, boolean terminal, long totalBytes, long plainInterval, LongSupplier clock) {
        this.out = Objects.requireNonNull(out, "out");
        this.terminal = terminal;
        this.totalBytes = totalBytes;
        if (plainInterval < 0) {
            throw new IllegalArgumentException("plainInterval must not be negative, got " + plainInterval);
        }
        this.plainInterval = plainInterval;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.start = clock.getAsLong();
        this.lastDraw = start;
    }

    /**
     * Progress on {@code err} (standard error): redrawn in place when the process runs attached to a terminal
     * (a console is present and {@code TERM} is not {@code dumb}), else a plain line every ten seconds.
     */
    public static Progress onStandardError(PrintWriter err, long totalBytes) {
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return new Progress(err, terminal, totalBytes, 10_000_000_000L, System::nanoTime);
    }

    /** Prints a message line without garbling the status line (which is redrawn after it on a terminal). */
    public synchronized void message(String line) {
        if (terminal && lastWidth > 0) {
            out.print("\r" + " ".repeat(lastWidth) + "\r");
            lastWidth = 0;
        }
        out.println(line);
        if (terminal) {
            out.print(pad(render(clock.getAsLong())));
        }
        out.flush();
    }

    /** Counts {@code n} more documents. */
    public synchronized void documents(long n) {
        docs += n;
        maybeDraw();
    }

    /** Counts {@code n} more input bytes consumed. */
    public synchronized void bytes(long n) {
        done += n;
        maybeDraw();
    }

    /** Prints the final state (on a terminal, ends the status line). */
    public synchronized void finish() {
        String line = render(clock.getAsLong());
        if (terminal) {
            out.print("\r" + pad(line) + "\n");
        } else if (plainInterval > 0) {
            out.println(line);
        }
        out.flush();
    }

    private void maybeDraw() {
        long now = clock.getAsLong();
        if (terminal && now - lastDraw >= REDRAW_NANOS) {
            out.print("\r" + pad(render(now)));
            out.flush();
            lastDraw = now;
        } else if (!terminal && plainInterval > 0 && now - lastDraw >= plainInterval) {
            out.println(render(now));
            out.flush();
            lastDraw = now;
        }
    }

    private String pad(String line) {
        String padded = line.length() < lastWidth ? line + " ".repeat(lastWidth - line.length()) : line;
        lastWidth = line.length();
        return padded;
    }

    /** The status line at time {@code now}. */
    synchronized String render(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double mb = done / 1e6;
        StringBuilder b = new StringBuilder();
        if (totalBytes > 0) {
            double fraction = Math.min(1.0, (double) done / totalBytes);
            int filled = (int) Math.round(fraction * BAR);
            b.append('[').append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3.0f%% ", fraction * 100));
        }
        b.append(String.format(Locale.ROOT, "%,d docs  %.1f", docs, mb));
        if (totalBytes > 0) {
            b.append(String.format(Locale.ROOT, "/%.1f", totalBytes / 1e6));
        }
        b.append(String.format(Locale.ROOT, " MB  %,.0f docs/s  %.1f MB/s", docs / seconds, mb / seconds));
        if (totalBytes > 0 && done > 0 && done < totalBytes) {
            long eta = Math.round((totalBytes - done) * seconds / done);
            b.append(String.format(Locale.ROOT, "  ETA %d:%02d:%02d", eta / 3600, eta / 60 % 60, eta % 60));
        } else {
            long t = Math.round(seconds);
            b.append(String.format(Locale.ROOT, "  %d:%02d:%02d", t / 3600, t / 60 % 60, t % 60));
        }
        return b.toString();
    }
}
