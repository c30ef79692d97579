package io.github.verbatim.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what reading produced: documents read, skips by reason, and notes by kind (the label before the
 * first colon, such as {@code charset-mismatch}). Thread-safe; one tally per run.
 */
public final class ReadTally {

    private final AtomicLong read = new AtomicLong();
    private final Map<String, LongAdder> skips = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> notes = new ConcurrentHashMap<>();

    /** Counts one outcome. */
    public void accept(ReadOutcome outcome) {
        if (outcome instanceof ReadOutcome.Read r) {
            read.incrementAndGet();
            for (String note : r.notes()) {
                int colon = note.indexOf(':');
                notes.computeIfAbsent(colon > 0 ? note.substring(0, colon) : note, k -> new LongAdder()).increment();
            }
        } else if (outcome instanceof ReadOutcome.Skipped s) {
            skips.computeIfAbsent(s.reason(), k -> new LongAdder()).increment();
        }
    }

    public long read() {
        return read.get();
    }

    /** Skips by reason, in reason order. */
    public Map<String, Long> skips() {
        Map<String, Long> out = new TreeMap<>();
        skips.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public long skipped() {
        return skips.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Notes on read documents by kind, in kind order. */
    public Map<String, Long> notes() {
        Map<String, Long> out = new TreeMap<>();
        notes.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** A few lines for a person: totals, then skips by reason and notes by kind, most frequent first. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "read %,d documents, skipped %,d%n", read(), skipped()));
        skips().entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                .forEach(e -> b.append(String.format(Locale.ROOT, "  skipped %-18s %,d%n", e.getKey(), e.getValue())));
        notes().entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                .forEach(e -> b.append(String.format(Locale.ROOT, "  note    %-18s %,d%n", e.getKey(), e.getValue())));
        return b.toString();
    }
}
