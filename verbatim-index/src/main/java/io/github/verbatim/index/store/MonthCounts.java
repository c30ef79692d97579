package io.github.verbatim.index.store;

import static io.github.verbatim.index.store.StoreFields.PUBLISHED_DAY;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the documents a query matches by publication month ({@code YYYY-MM}, from the day doc values; no
 * stored field is read), and those without a date. Use through {@link #manager()}.
 */
final class MonthCounts {

    /** Month to count, ascending. */
    final TreeMap<String, Integer> months = new TreeMap<>();
    long matched;
    long undated;

    private MonthCounts() {
    }

    static CollectorManager<Collector, MonthCounts> manager() {
        return new CollectorManager<>() {
            @Override
            public Collector newCollector() {
                return new Collector();
            }

            @Override
            public MonthCounts reduce(Collection<Collector> collectors) {
                MonthCounts total = new MonthCounts();
                for (Collector c : collectors) {
                    total.matched += c.matched;
                    total.undated += c.undated;
                    for (var e : c.days.entrySet()) {
                        total.months.merge(LocalDate.ofEpochDay(e.getKey()).toString().substring(0, 7), e.getValue(),
                                Integer::sum);
                    }
                }
                return total;
            }
        };
    }

    /** Counts days per matching document; months are formed once per distinct day in {@code reduce}. */
    static final class Collector extends SimpleCollector {
        private final Map<Long, Integer> days = new HashMap<>();
        private NumericDocValues day;
        private long matched;
        private long undated;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            day = DocValues.getNumeric(context.reader(), PUBLISHED_DAY);
        }

        @Override
        public void collect(int doc) throws IOException {
            matched++;
            if (day.advanceExact(doc)) {
                days.merge(day.longValue(), 1, Integer::sum);
            } else {
                undated++;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
