package io.github.verbatim.context.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.text.Segmenter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real time expressions from PolNeAR (train and dev) and BBC News, resolved against their articles'
 * publication dates (PolNeAR's metadata.tsv; BBC texts carry none, so relative ones must stay unresolved).
 * See {@code src/test/resources/context/time/README.md} for how the rows were chosen and checked.
 */
class RealTimeExpressionsTest {

    private static final TimeExpressionFinder FINDER = new TimeExpressionFinder();
    private static final TimeResolver RESOLVER = new TimeResolver();
    private static final Segmenter SEGMENTER = new Segmenter();

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                RealTimeExpressionsTest.class.getResourceAsStream("/context/time/real-expressions.tsv"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", 7);
                rows.add(Arguments.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
            }
        }
        assertTrue(rows.size() >= 40, "the table must hold at least 40 real expressions, has " + rows.size());
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("rows")
    void resolvesAgainstTheArticleDate(String article, String published, String expression, String start,
            String end, String precision, String snippet) {
        TimeExpression found = FINDER.find(SEGMENTER.segment(snippet)).stream()
                .filter(e -> e.text().equals(expression)).findFirst().orElse(null);
        assertNotNull(found, "no expression '" + expression + "' found in " + snippet);
        LocalDate date = published.equals("-") ? null : LocalDate.parse(published);
        ResolvedTime time = RESOLVER.resolve(found, date, TimeSource.STATEMENT);
        assertEquals(TimePrecision.valueOf(precision), time.precision(), "precision");
        if (start.equals("-")) {
            assertFalse(time.resolved(), "without a publication date '" + expression + "' must stay unresolved");
        } else {
            assertTrue(time.resolved());
            assertEquals(LocalDate.parse(start), time.start(), "start");
            assertEquals(LocalDate.parse(end), time.end(), "end");
        }
    }
}
