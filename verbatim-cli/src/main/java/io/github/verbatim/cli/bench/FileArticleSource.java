package io.github.verbatim.cli.bench;

import io.github.verbatim.ingest.InputWalker;
import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.model.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * Articles streamed from input files by an {@link InputWalker} (JSON Lines, text, HTML, WARC, gzipped or
 * not), one document in memory at a time. Immutable; each {@link #read} is a fresh pass over the files.
 */
public final class FileArticleSource implements ArticleSource {

    private final InputWalker walker;
    private final List<Path> files;

    /** Reads {@code files} (already expanded, see {@link InputWalker#files}) with {@code walker}. */
    public FileArticleSource(InputWalker walker, List<Path> files) {
        this.walker = Objects.requireNonNull(walker, "walker");
        this.files = List.copyOf(files);
        if (this.files.isEmpty()) {
            throw new IllegalArgumentException("no input files");
        }
    }

    @Override
    public long read(Predicate<Article> sink, LongConsumer consumed) {
        long[] skipped = {0};
        boolean[] stopped = {false};
        for (Path file : files) {
            try {
                walker.read(file, outcome -> {
                    if (stopped[0]) {
                        return;
                    }
                    if (outcome instanceof ReadOutcome.Read read) {
                        if (!sink.test(read.article())) {
                            stopped[0] = true;
                            throw new Stop();
                        }
                    } else {
                        skipped[0]++;
                    }
                }, consumed);
            } catch (Stop s) {
                // the sink has had enough; a reader that catches Stop itself reports a skip, ignored above
            }
            if (stopped[0]) {
                break;
            }
        }
        return skipped[0];
    }

    /** Unwinds a reader once the sink wants no more articles. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super("enough articles", null, false, false);
        }
    }
}
