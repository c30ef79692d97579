package io.github.verbatim.index.store;

import static io.github.verbatim.index.store.StoreFields.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts, over every document a query matches, the values of the attribution facets (speaker, outlet, kind,
 * and publication month), from doc values: no stored field is read. Use through {@link #manager()}.
 */
final class FacetCounts {

    /** Facet name to value to count. */
    final Map<String, Map<String, Integer>> counts = new HashMap<>();
    long matched;

    private FacetCounts() {
        for (String f : List.of("speaker", "outlet", "kind", "month")) {
            counts.put(f, new HashMap<>());
        }
    }

    static CollectorManager<Collector, FacetCounts> manager() {
        return new CollectorManager<>() {
            @Override
            public Collector newCollector() {
                return new Collector();
            }

            @Override
            public FacetCounts reduce(Collection<Collector> collectors) {
                FacetCounts total = new FacetCounts();
                for (Collector c : collectors) {
                    total.matched += c.counts.matched;
                    for (var f : c.counts.counts.entrySet()) {
                        Map<String, Integer> into = total.counts.get(f.getKey());
                        f.getValue().forEach((k, v) -> into.merge(k, v, Integer::sum));
                    }
                }
                return total;
            }
        };
    }

    /** One segment-at-a-time collector: ordinals counted per segment, resolved to strings at each switch. */
    static final class Collector extends SimpleCollector {
        private final FacetCounts counts = new FacetCounts();
        private final Map<Long, String> monthOfDay = new HashMap<>();
        private final Map<Long, Integer> dayCounts = new HashMap<>();
        private SortedDocValues speaker;
        private SortedDocValues outlet;
        private SortedDocValues kind;
        private NumericDocValues day;
        private int[] speakerOrds = new int[0];
        private int[] outletOrds = new int[0];
        private int[] kindOrds = new int[0];

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            speaker = DocValues.getSorted(context.reader(), FACET_SPEAKER);
            outlet = DocValues.getSorted(context.reader(), FACET_OUTLET);
            kind = DocValues.getSorted(context.reader(), FACET_KIND);
            day = DocValues.getNumeric(context.reader(), PUBLISHED_DAY);
            speakerOrds = new int[speaker.getValueCount()];
            outletOrds = new int[outlet.getValueCount()];
            kindOrds = new int[kind.getValueCount()];
        }

        @Override
        public void collect(int doc) throws IOException {
            counts.matched++;
            if (speaker.advanceExact(doc)) {
                speakerOrds[speaker.ordValue()]++;
            }
            if (outlet.advanceExact(doc)) {
                outletOrds[outlet.ordValue()]++;
            }
            if (kind.advanceExact(doc)) {
                kindOrds[kind.ordValue()]++;
            }
            if (day.advanceExact(doc)) {
                dayCounts.merge(day.longValue(), 1, Integer::sum);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public void finish() throws IOException {
            flush();
        }

        private void flush() throws IOException {
            resolve(speaker, speakerOrds, counts.counts.get("speaker"));
            resolve(outlet, outletOrds, counts.counts.get("outlet"));
            resolve(kind, kindOrds, counts.counts.get("kind"));
            Map<String, Integer> months = counts.counts.get("month");
            for (var e : dayCounts.entrySet()) {
                String month = monthOfDay.computeIfAbsent(e.getKey(),
                        d -> LocalDate.ofEpochDay(d).toString().substring(0, 7));
                months.merge(month, e.getValue(), Integer::sum);
            }
            dayCounts.clear();
            speakerOrds = new int[0];
            outletOrds = new int[0];
            kindOrds = new int[0];
        }

        private static void resolve(SortedDocValues values, int[] ords, Map<String, Integer> into) throws IOException {
            List<Integer> nonZero = new ArrayList<>();
            for (int o = 0; o < ords.length; o++) {
                if (ords[o] > 0) {
                    nonZero.add(o);
                }
            }
            for (int o : nonZero) {
                into.merge(values.lookupOrd(o).utf8ToString(), ords[o], Integer::sum);
            }
        }
    }
}
