package io.github.verbatim.index.store;

import java.nio.file.Path;

/**
 * Child process for {@link StoreCrashTest}: indexes {@code SyntheticResults.series(n)} into a store,
 * printing {@code added I} after each article it adds, then rebuilds the aggregates and prints {@code done}.
 * Arguments: store folder, n, commitEvery, pause in ms after each article.
 */
public final class KillTestIndexer {

    private KillTestIndexer() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int commitEvery = Integer.parseInt(args[2]);
        long pause = Long.parseLong(args[3]);
        try (StoreWriter writer = StoreWriter.open(store, commitEvery)) {
            for (int i = 0; i < n; i++) {
                AddOutcome outcome = writer.add(SyntheticResults.numbered(i));
                System.out.println((outcome == AddOutcome.ADDED ? "added " : "skipped ") + i);
                System.out.flush();
                Thread.sleep(pause);
            }
            System.out.println("aggregating");
            System.out.flush();
            writer.rebuildAggregates();
        }
        System.out.println("done");
        System.out.flush();
    }
}
