package io.github.verbatim.index.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill test: index in a child JVM, {@code kill -9} it at several points (between commits, right after one,
 * during the aggregate rebuild), check after each kill that the store opens, answers and holds no duplicate,
 * then re-run to completion and check the exact article set, once each.
 */
class StoreCrashTest {

    private static final int N = 60;

    @Test
    void killedIndexingLeavesAnOpenableStoreAndRerunCompletesIt(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Set<String> expected = new TreeSet<>();
        for (var r : SyntheticResults.series(N)) {
            expected.add(ArticleKey.of(r.article()));
        }
        String[] killAfter = {"added 7", "added 10", "added 33", "aggregating"};
        int previous = 0;
        for (String point : killAfter) {
            boolean killed = runChild(store, point);
            assertTrue(killed, "child finished before reaching '" + point + "'");
            try (StoreReader reader = StoreReader.open(store)) {
                List<String> keys = reader.articleKeys();
                assertEquals(keys.size(), new HashSet<>(keys).size(), "duplicate articles after kill at " + point);
                assertTrue(expected.containsAll(keys), "unexpected article after kill at " + point);
                assertTrue(keys.size() >= previous, "articles lost after kill at " + point);
                previous = keys.size();
                assertEquals(keys.size(), reader.counts().attributions(), "one attribution per article");
                reader.search(SearchRequest.of("progress", 5));
            }
        }
        assertTrue(previous > 0 && previous < N || previous == N, "some but not all work was committed");
        assertTrue(!runChild(store, null), "the final run completes");
        try (StoreReader reader = StoreReader.open(store)) {
            List<String> keys = reader.articleKeys();
            assertEquals(new ArrayList<>(expected), keys, "exactly the expected articles, once each");
            StoreCounts counts = reader.counts();
            assertEquals(N, counts.articles());
            assertEquals(N, counts.attributions());
            assertTrue(counts.aggregatesCurrent());
            assertEquals(N, reader.search(SearchRequest.of("progress", 100)).total());
        }
    }

    /** Runs the child; kills it with SIGKILL when it prints {@code killAt}. True when it was killed. */
    private static boolean runChild(Path store, String killAt) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                KillTestIndexer.class.getName(), store.toString(), String.valueOf(N), "4", "3");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        boolean killed = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals(killAt)) {
                    new ProcessBuilder("kill", "-9", String.valueOf(p.pid())).inheritIO().start().waitFor();
                    killed = true;
                    break;
                }
            }
        } finally {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (!killed) {
            assertEquals(0, p.exitValue(), "child failed");
        } else {
            assertEquals(137, p.exitValue(), "child ended by SIGKILL");
        }
        return killed;
    }
}
