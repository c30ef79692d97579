package io.github.verbatim.ingest;

import io.github.verbatim.ingest.html.HtmlFileReader;
import io.github.verbatim.ingest.jsonl.JsonLinesReader;
import io.github.verbatim.ingest.jsonl.JsonlFields;
import io.github.verbatim.ingest.warc.WarcFileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Expands input paths (files and folders, recursively, in name order) and hands each file to the first
 * {@link ArticleReader} that accepts it.
 *
 * <p>Every file meets exactly one outcome: it is read, or skipped with reason {@code unsupported-type} when
 * no reader accepts it. A path that does not exist is the caller's mistake and fails fast in
 * {@link #checkPaths} before anything is read. Immutable and thread-safe.
 */
public final class InputWalker {

    private final List<ArticleReader> readers;

    /** A walker trying {@code readers} in order. */
    public InputWalker(List<ArticleReader> readers) {
        this.readers = List.copyOf(readers);
        if (this.readers.isEmpty()) {
            throw new IllegalArgumentException("at least one reader is needed");
        }
    }

    /** The walker for every input format Verbatim reads. */
    public static InputWalker standard() {
        return standard(JsonlFields.DEFAULTS, InputLimits.DEFAULTS);
    }

    /**
     * The walker for every input format, with JSON Lines field names and input limits (for HTML, archives and
     * JSON Lines) chosen by the caller; plain text keeps {@link TextFileReader}'s own size limit.
     */
    public static InputWalker standard(JsonlFields jsonlFields, InputLimits limits) {
        return new InputWalker(List.of(new TextFileReader(), new HtmlFileReader(limits),
                new WarcFileReader(limits), new JsonLinesReader(jsonlFields, limits)));
    }

    /** Throws {@link NoSuchFileException} naming the first path that does not exist. */
    public static void checkPaths(List<Path> paths) throws NoSuchFileException {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new NoSuchFileException(p.toString(), null, "no such file or folder");
            }
        }
    }

    /** Every regular file under {@code paths}, folders expanded recursively, each folder in name order. */
    public List<Path> files(List<Path> paths) throws IOException {
        checkPaths(paths);
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Reads one file with the first reader that accepts it. */
    public void read(Path file, Consumer<ReadOutcome> sink) {
        read(file, sink, n -> { });
    }

    /**
     * Reads the documents of {@code stripe} of one file with the first reader that accepts it (see
     * {@link ArticleReader#read(Path, Consumer, Stripe)}); a file no reader accepts is one document, reported
     * by the stripe holding position 0.
     */
    public void read(Path file, Consumer<ReadOutcome> sink, Stripe stripe) {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(stripe, "stripe");
        for (ArticleReader reader : readers) {
            if (reader.accepts(file)) {
                reader.read(file, sink, stripe);
                return;
            }
        }
        if (stripe.keeps(0)) {
            read(file, sink);
        }
    }

    /**
     * Reads one file with the first reader that accepts it, reporting bytes of the file consumed as reading
     * goes (for progress bars; see {@link ArticleReader#read(Path, Consumer, java.util.function.LongConsumer)}).
     */
    public void read(Path file, Consumer<ReadOutcome> sink, java.util.function.LongConsumer consumed) {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(consumed, "consumed");
        for (ArticleReader reader : readers) {
            if (reader.accepts(file)) {
                reader.read(file, sink, consumed);
                return;
            }
        }
        sink.accept(new ReadOutcome.Skipped(file.toString(), "unsupported-type",
                "no reader for this file type (expected .txt, .html, .htm, .warc, .wet, .arc, .jsonl, optionally .gz)"));
        try {
            consumed.accept(Files.size(file));
        } catch (IOException e) {
            consumed.accept(0);
        }
    }
}
