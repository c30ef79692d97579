package io.github.verbatim.cli.bench;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.pipeline.Pipeline;
import io.github.verbatim.sink.JsonLinesWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * End-to-end extraction as {@code verbatim extract} does it: {@link Pipeline#processAll} over each batch of
 * articles (as {@code extract}'s {@link io.github.verbatim.pipeline.ArticleBatcher} does; one article alone
 * through {@link Pipeline#process}) and the JSON Lines contract written by {@link JsonLinesWriter} (to a sink
 * that hashes the bytes and keeps none). Each worker has its own writer. A task returns the sum of the hashes
 * of the articles' JSON lines, so equal checksums across runs mean byte-identical output whatever the batches.
 * Thread-safe as the pipeline is.
 */
public final class ExtractionWorkload implements Workload {

    private final Pipeline pipeline;
    private final int batchArticles;

    /**
     * @param batchArticles the most articles per batch of the {@link PassRunner} that will run it, named in
     *                      reports (at least 1)
     */
    public ExtractionWorkload(Pipeline pipeline, int batchArticles) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        if (batchArticles < 1) {
            throw new IllegalArgumentException("batch must be at least 1 article, got " + batchArticles);
        }
        this.batchArticles = batchArticles;
    }

    @Override
    public String name() {
        return "extraction (Pipeline.standard + JSON Lines, " + (batchArticles == 1 ? "one article at a time"
                : "batches of up to " + batchArticles + " articles") + ")";
    }

    @Override
    public boolean needsBytes() {
        return false;
    }

    @Override
    public Task newTask() {
        return new ExtractionTask();
    }

    /** One worker's task: its own JSON writer over a hashing sink. */
    private final class ExtractionTask implements Task {
        private final HashingSink sink = new HashingSink();
        private final JsonLinesWriter writer = new JsonLinesWriter(sink, false);

        @Override
        public long run(BenchItem item) {
            return written(pipeline.process(item.article()));
        }

        @Override
        public long runAll(List<BenchItem> batch) {
            List<Article> articles = new ArrayList<>(batch.size());
            for (BenchItem item : batch) {
                articles.add(item.article());
            }
            long sum = 0;
            for (DocumentResult result : pipeline.processAll(articles)) {
                sum += written(result);
            }
            return sum;
        }

        private long written(DocumentResult result) {
            try {
                writer.write(result);
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return sink.take();
        }
    }
}
