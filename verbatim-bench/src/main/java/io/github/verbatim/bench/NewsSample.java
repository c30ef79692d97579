package io.github.verbatim.bench;

import io.github.verbatim.ingest.InputLimits;
import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.ingest.jsonl.JsonLinesReader;
import io.github.verbatim.ingest.jsonl.JsonlFields;
import io.github.verbatim.model.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real articles the stage benchmarks run on: the first {@code n} readable articles of
 * {@code news/news-mix.jsonl.gz} under the shared data folder (system property {@code verbatim.shared}, else
 * {@code ../shared} from the working directory). Fails with a message naming the missing file, since a
 * benchmark on invented text would measure nothing useful.
 */
public final class NewsSample {

    /** The corpus file, relative to the shared data folder. */
    public static final String CORPUS = "news/news-mix.jsonl.gz";

    private final List<Article> articles;
    private final long utf8Bytes;

    private NewsSample(List<Article> articles) {
        this.articles = List.copyOf(articles);
        long bytes = 0;
        for (Article a : articles) {
            bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        this.utf8Bytes = bytes;
    }

    /** The first {@code n} articles of the shared corpus. */
    public static NewsSample load(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("sample size must be at least 1, got " + n);
        }
        Path root = Path.of(System.getProperty("verbatim.shared", "../shared"));
        Path file = root.resolve(CORPUS).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: the stage benchmarks run on real articles from"
                    + " the shared data folder; run from the repository root with ../shared present, or pass"
                    + " -jvmArgsAppend -Dverbatim.shared=DIR");
        }
        List<Article> out = new ArrayList<>(n);
        class Enough extends RuntimeException {
            Enough() {
                super(null, null, false, false);
            }
        }
        try {
            new JsonLinesReader(JsonlFields.DEFAULTS, InputLimits.DEFAULTS).read(file, outcome -> {
                if (out.size() >= n) {
                    throw new Enough();
                }
                if (outcome instanceof ReadOutcome.Read read) {
                    out.add(read.article());
                }
            });
        } catch (Enough e) {
            // the sample is complete
        }
        if (out.size() > n) {
            out.subList(n, out.size()).clear();
        }
        if (out.isEmpty()) {
            throw new IllegalStateException(file + " holds no readable article");
        }
        return new NewsSample(out);
    }

    /** The articles, in corpus order. */
    public List<Article> articles() {
        return articles;
    }

    /** Their summed text size in UTF-8 bytes. */
    public long utf8Bytes() {
        return utf8Bytes;
    }
}
