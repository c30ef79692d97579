package io.github.verbatim.cli;

import io.github.verbatim.ingest.InputLimits;
import io.github.verbatim.ingest.InputWalker;
import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.ingest.ReadTally;
import io.github.verbatim.ingest.dedup.NearDuplicateDetector;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.pipeline.ArticleBatcher;
import io.github.verbatim.pipeline.Pipeline;
import io.github.verbatim.sink.JsonLinesWriter;
import io.github.verbatim.sink.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code verbatim extract PATH...}: reads articles from files and folders (text, HTML, WARC/WET/ARC archives,
 * JSON Lines corpora, any of them gzipped) and writes who said what, as JSON Lines (the contract) or a
 * readable table. Near-duplicate articles are flagged ({@code duplicate_of}, the first copy's id), not
 * dropped. Standard error gets a progress line (redrawn in place on a terminal), one line per unreadable
 * document (routine archive skips such as request records are only counted), and a summary: documents read,
 * attributions found, documents skipped by reason, reading notes by kind, near-duplicates. A path that does
 * not exist is a usage error (exit 2); unreadable documents are counted skips, never a failed run.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract statements (who said what) from articles: .txt, .html, .warc, .wet, .arc, .jsonl "
                + "files (optionally gzipped) and folders of them.")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
    List<Path> paths;

    @Mixin
    OutputOptions output;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (yyyy-mm-dd) for articles that carry none; relative times such as"
                    + " \"on Wednesday\" resolve against it, and are kept unresolved without one.")
    LocalDate published;

    @Mixin
    JsonlFieldOptions jsonl;

    @picocli.CommandLine.Option(names = "--no-dedup", description = "Do not flag near-duplicate articles.")
    boolean noDedup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        InputWalker walker = InputWalker.standard(jsonl.fields(), InputLimits.DEFAULTS);
        List<Path> files;
        try {
            files = walker.files(paths);
        } catch (NoSuchFileException e) {
            err.println("verbatim extract: " + e.getFile() + ": no such file or folder");
            return VerbatimCli.EXIT_USAGE;
        } catch (IOException e) {
            err.println("verbatim extract: cannot list inputs: " + e.getMessage());
            return VerbatimCli.EXIT_FAILURE;
        }
        Pipeline pipeline = Pipeline.standard();
        Summary summary = new Summary();
        ReadTally tally = new ReadTally();
        NearDuplicateDetector duplicates = new NearDuplicateDetector();
        Progress progress = Progress.onStandardError(err, totalSize(files));
        try (OutputStream sink = output.out == null ? nonClosing(System.out) : Files.newOutputStream(output.out)) {
            Writer writer = output.format == OutputOptions.Format.table
                    ? new Table(new TableWriter(new PrintWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8)), 72, 4))
                    : new Json(new JsonLinesWriter(nonClosing(sink), output.withText));
            ArticleBatcher batcher = new ArticleBatcher(pipeline, result -> {
                summary.read++;
                summary.attributions += result.attributions().size();
                writer.write(result);
                progress.documents(1);
            });
            for (Path file : files) {
                walker.read(file, outcome -> {
                    tally.accept(outcome);
                    if (outcome instanceof ReadOutcome.Read read) {
                        Article article = noDedup ? read.article() : duplicates.mark(read.article());
                        if (article.metadata().duplicateOf() != null) {
                            summary.duplicates++;
                        }
                        if (published != null && article.metadata().published() == null) {
                            article = new Article(article.id(), article.text(),
                                    article.metadata().withPublished(published));
                        }
                        batcher.add(article);
                    } else if (outcome instanceof ReadOutcome.Skipped skipped) {
                        summary.skipped.merge(skipped.reason(), 1, Integer::sum);
                        if (!isRoutine(skipped.reason())) {
                            progress.message("verbatim extract: skipped " + skipped.location() + " ("
                                    + skipped.reason() + ": " + skipped.detail() + ")");
                        }
                    }
                }, progress::bytes);
            }
            batcher.flush();
            writer.close();
        } catch (IOException | UncheckedIOException e) {
            err.println("verbatim extract: cannot write output: " + e.getMessage());
            return VerbatimCli.EXIT_FAILURE;
        }
        progress.finish();
        err.println(summary);
        if (!tally.notes().isEmpty()) {
            err.println("reading notes: " + tally.notes().toString().replace('=', ' ').replace("{", "")
                    .replace("}", ""));
        }
        err.flush();
        return 0;
    }

    /** Archive records that are not articles by nature (requests, metadata, images): counted, not listed. */
    private static boolean isRoutine(String reason) {
        return reason.equals("not-article") || reason.equals("not-html") || reason.startsWith("http-");
    }

    private static long totalSize(List<Path> files) {
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (IOException e) {
                // an unreadable file is reported when it is read; the bar just lacks its size
            }
        }
        return total;
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Counts for the closing summary line. */
    private static final class Summary {
        int read;
        long attributions;
        long duplicates;
        final Map<String, Integer> skipped = new TreeMap<>();

        @Override
        public String toString() {
            int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder b = new StringBuilder("documents read: ").append(read).append(", attributions found: ")
                    .append(attributions).append(", skipped: ").append(total);
            if (total > 0) {
                b.append(' ').append(skipped.toString().replace('=', ' ').replace('{', '(').replace('}', ')'));
            }
            if (duplicates > 0) {
                b.append(", near-duplicates flagged: ").append(duplicates);
            }
            return b.toString();
        }
    }

    /** One output format. */
    private interface Writer {
        void write(DocumentResult result);

        void close() throws IOException;
    }

    private static final class Json implements Writer {
        private final JsonLinesWriter json;

        Json(JsonLinesWriter json) {
            this.json = json;
        }

        @Override
        public void write(DocumentResult result) {
            try {
                json.write(result);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            json.close();
        }
    }

    private static final class Table implements Writer {
        private final TableWriter table;

        Table(TableWriter table) {
            this.table = table;
        }

        @Override
        public void write(DocumentResult result) {
            table.write(result);
        }

        @Override
        public void close() {
            // the table writer flushes after every article; the stream is closed by its owner
        }
    }
}
