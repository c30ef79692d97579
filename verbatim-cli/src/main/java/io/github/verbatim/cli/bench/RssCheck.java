package io.github.verbatim.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Objects;

/**
 * Issue 9's bounded-memory check: the same {@code verbatim bench} run in two fresh JVMs with identical
 * flags, one over a small prefix of the corpus and one over all of it (or a larger limit), compared by peak
 * RSS ({@code VmHWM}). A streaming run's peak does not grow with the corpus; the target is a ratio of at most
 * {@value #TARGET_RATIO}. Also compares the heap retained after a full GC at the end of each run, which shows
 * a leak more sharply than RSS (the JVM rarely hands memory back). Immutable.
 *
 * @param small the small run's JSON report ({@link BenchReport#json()})
 * @param large the large run's JSON report
 */
public record RssCheck(JsonNode small, JsonNode large) {

    /** Issue 9: peak RSS over the full corpus within this factor of the 2k-article run's. */
    public static final double TARGET_RATIO = 1.2;

    public RssCheck {
        Objects.requireNonNull(small, "small");
        Objects.requireNonNull(large, "large");
        for (JsonNode report : new JsonNode[] {small, large}) {
            if (!report.path("peakRssBytes").isNumber()) {
                throw new IllegalArgumentException("a child run reported no peak RSS (VmHWM unavailable on this"
                        + " system), so memory growth cannot be checked");
            }
        }
    }

    /** Articles in the small and large runs. */
    public long articles(JsonNode report) {
        return report.path("extraction").path(0).path("articles").asLong();
    }

    /** Large run's peak RSS over the small run's. */
    public double ratio() {
        return large.path("peakRssBytes").asDouble() / small.path("peakRssBytes").asDouble();
    }

    /** Large run's retained heap over the small run's. */
    public double heapRatio() {
        return large.path("heapAfterGcBytes").asDouble() / small.path("heapAfterGcBytes").asDouble();
    }

    /** Whether the ratio meets the target. */
    public boolean met() {
        return ratio() <= TARGET_RATIO;
    }

    /** The comparison for people. */
    public String text(String flags) {
        StringBuilder b = new StringBuilder();
        b.append("RSS check: two fresh JVMs, same flags (").append(flags.isBlank() ? "JVM defaults" : flags)
                .append(")\n");
        b.append(String.format(Locale.ROOT, "%12s %14s %18s %14s%n", "articles", "peak RSS", "heap after GC",
                "MB/s per core"));
        for (JsonNode r : new JsonNode[] {small, large}) {
            b.append(String.format(Locale.ROOT, "%,12d %,11d MB %,15d MB %14.2f%n", articles(r),
                    r.path("peakRssBytes").asLong() >> 20, r.path("heapAfterGcBytes").asLong() >> 20,
                    r.path("extraction").path(0).path("mbPerSecondPerCore").asDouble()));
        }
        b.append(String.format(Locale.ROOT, "peak RSS ratio %.3f (target <= %.1f): %s; retained heap ratio %.3f%n",
                ratio(), TARGET_RATIO, met() ? "met" : "NOT met", heapRatio()));
        return b.toString();
    }

    /** The comparison as JSON. */
    public ObjectNode json(String flags) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("jvmFlags", flags);
        o.set("small", small);
        o.set("large", large);
        o.put("peakRssRatio", ratio());
        o.put("heapAfterGcRatio", heapRatio());
        o.put("met", met());
        return o;
    }
}
