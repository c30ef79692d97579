package io.github.verbatim.cli.bench;

import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.pipeline.Pipeline;
import io.github.verbatim.sink.JsonLinesWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * End-to-end extraction as {@code verbatim extract} does it: {@link Pipeline#process} and the JSON Lines
 * contract written by {@link JsonLinesWriter} (to a sink that hashes the bytes and keeps none). Each worker
 * has its own writer. A task returns the hash of the article's JSON line, so equal checksums across runs mean
 * byte-identical output. Thread-safe as the pipeline is.
 */
public final class ExtractionWorkload implements Workload {

    private final Pipeline pipeline;

    public ExtractionWorkload(Pipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    @Override
    public String name() {
        return "extraction (Pipeline.standard + JSON Lines)";
    }

    @Override
    public boolean needsBytes() {
        return false;
    }

    @Override
    public Task newTask() {
        HashingSink sink = new HashingSink();
        JsonLinesWriter writer = new JsonLinesWriter(sink, false);
        return item -> {
            DocumentResult result = pipeline.process(item.article());
            try {
                writer.write(result);
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return sink.take();
        };
    }
}
