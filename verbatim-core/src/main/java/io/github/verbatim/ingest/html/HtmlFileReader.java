package io.github.verbatim.ingest.html;

import io.github.verbatim.ingest.ArticleReader;
import io.github.verbatim.ingest.InputLimits;
import io.github.verbatim.ingest.Inputs;
import io.github.verbatim.ingest.LimitExceededException;
import io.github.verbatim.ingest.ReadOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads an {@code .html}/{@code .htm} file, optionally gzipped ({@code .html.gz}), as one article whose id is
 * the file name, via {@link HtmlArticleParser}. A file that inflates past
 * {@link InputLimits#maxDocumentBytes()} is skipped while inflating: {@code gzip-bomb} when the file is under a
 * tenth of the limit (so it inflated more than tenfold), else {@code too-large}. Memory per file is bounded by that limit (see {@link InputLimits}).
 * Immutable and thread-safe.
 */
public final class HtmlFileReader implements ArticleReader {

    private final InputLimits limits;
    private final HtmlArticleParser parser;

    public HtmlFileReader() {
        this(InputLimits.DEFAULTS);
    }

    public HtmlFileReader(InputLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.parser = new HtmlArticleParser(limits);
    }

    @Override
    public boolean accepts(Path file) {
        String name = Inputs.baseName(file);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    @Override
    public void read(Path file, Consumer<ReadOutcome> sink) {
        String location = file.toString();
        byte[] bytes;
        long size = -1;
        try {
            size = Files.size(file);
            try (InputStream in = Inputs.open(file, limits.maxInflatedBytes())) {
                bytes = Inputs.readBounded(in, limits.maxDocumentBytes());
            }
        } catch (LimitExceededException e) {
            boolean bomb = size >= 0 && size * 10 < limits.maxDocumentBytes();
            sink.accept(new ReadOutcome.Skipped(location, bomb ? "gzip-bomb" : "too-large",
                    (bomb ? size + " compressed bytes inflate to " : "") + "more than "
                            + limits.maxDocumentBytes() + " bytes; reading stopped at the limit"));
            return;
        } catch (IOException | RuntimeException e) {
            sink.accept(new ReadOutcome.Skipped(location, "io-error", String.valueOf(e.getMessage())));
            return;
        }
        String id = file.getFileName().toString();
        sink.accept(parser.parse(bytes, id, location, HtmlArticleParser.Origin.NONE));
    }
}
