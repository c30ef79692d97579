package io.github.verbatim.cli;

import io.github.verbatim.index.store.AddOutcome;
import io.github.verbatim.index.store.AggregateSummary;
import io.github.verbatim.index.store.JobResults;
import io.github.verbatim.index.store.StoreCounts;
import io.github.verbatim.index.store.StoreReader;
import io.github.verbatim.index.store.StoreWriter;
import io.github.verbatim.ingest.InputWalker;
import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.pipeline.ArticleBatcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verbatim index PATH... --store DIR}: runs extraction over every input and stores articles,
 * attributions and speakers; then rebuilds the cross-outlet statements and the speaker registry. Articles not
 * yet in the store are extracted in batches of up to {@link ArticleBatcher#DEFAULT_ARTICLES} articles or
 * {@link ArticleBatcher#DEFAULT_CHARS} chars ({@link BatchExtraction}), and stored in reading order.
 *
 * <p>Re-running with the same inputs adds nothing; re-running after a crash adds exactly what is missing.
 *
 * <p>{@code verbatim index --from-parquet DIR --store S} instead stores what a Verbatim Spark job already
 * extracted: {@code DIR} is the job's output folder; its {@code results/} JSON Lines (written beside the
 * Parquet tables, see {@link JobResults}) are loaded without re-running extraction and without Spark.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Extract attributions from files and folders and add them to the store.")
public final class IndexCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to read.")
    List<Path> paths = List.of();

    @Option(names = "--from-parquet", paramLabel = "DIR",
            description = "Load the output folder of a Verbatim Spark job (its results/ beside the Parquet tables) "
                    + "instead of extracting from PATHs.")
    Path fromJob;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "2000",
            description = "Commit after every N new articles (default 2000); a crash loses at most N.")
    int commitEvery;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final BatchExtraction extraction;

    /** An index verb that turns each batch of articles into results with {@code extraction}. */
    public IndexCommand(BatchExtraction extraction) {
        this.extraction = Objects.requireNonNull(extraction, "extraction");
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (commitEvery < 1) {
            return StoreCommands.usage(err, "index", "--commit-every must be at least 1");
        }
        if ((fromJob == null) == paths.isEmpty()) {
            return StoreCommands.usage(err, "index", "give either PATHs to read or --from-parquet DIR, not both");
        }
        InputWalker walker = InputWalker.standard();
        List<Path> files;
        try {
            files = fromJob == null ? walker.files(paths) : JobResults.files(fromJob);
        } catch (NoSuchFileException e) {
            String reason = e.getReason() == null ? "no such file or folder" : e.getReason();
            return StoreCommands.usage(err, "index", e.getFile() + ": " + reason);
        }
        Counts c = new Counts();
        long totalBytes = 0;
        for (Path f : files) {
            totalBytes += Files.size(f);
        }
        Progress progress = Progress.onStandardError(err, totalBytes);
        long started = System.nanoTime();
        AggregateSummary aggregates = null;
        try (StoreWriter writer = StoreWriter.open(store.store(), commitEvery)) {
            if (fromJob != null) {
                long bad = JobResults.read(fromJob, result -> {
                    c.read++;
                    store(result, writer, c);
                    progress.documents(1);
                });
                progress.bytes(totalBytes);
                if (bad > 0) {
                    c.skips.put("bad-result-line", (int) bad);
                }
            }
            Pending pending = new Pending();
            for (Path file : fromJob == null ? files : List.<Path>of()) {
                walker.read(file, outcome -> {
                    accept(outcome, writer, c, progress, pending);
                    progress.documents(1);
                }, progress::bytes);
            }
            extract(pending, writer, c, progress);
            progress.finish();
            writer.commit();
            if (!writer.aggregatesCurrent()) {
                err.println("linking statements across outlets and speakers across articles ...");
                err.flush();
                aggregates = writer.rebuildAggregates();
            }
        } catch (LockObtainFailedException e) {
            err.println("verbatim index: the store " + store.store() + " is being written by another process");
            return VerbatimCli.EXIT_FAILURE;
        } catch (UncheckedIOException e) {
            err.println("verbatim index: writing the store failed: " + e.getCause().getMessage());
            return VerbatimCli.EXIT_FAILURE;
        }
        double secs = (System.nanoTime() - started) / 1e9;
        StoreCounts counts;
        try (StoreReader reader = StoreReader.open(store.store())) {
            counts = reader.counts();
        }
        double rate = c.read / Math.max(secs, 1e-9);
        out.printf("read %,d articles in %.1f s (%s articles/s): %,d added, %,d already stored",
                c.read, secs, String.format(rate < 10 ? "%.1f" : "%,.0f", rate), c.added, c.already);
        if (c.failed > 0) {
            out.printf(", %,d failed extraction", c.failed);
        }
        out.println();
        if (!c.skips.isEmpty()) {
            out.println("skipped " + c.skipped() + " documents: " + c.skips);
        }
        out.printf("store %s: %,d articles, %,d attributions, %,d statements, %,d speakers, %s on disk%n",
                store.store(), counts.articles(), counts.attributions(), counts.statements(), counts.speakers(),
                humanBytes(sizeOf(store.store())));
        if (aggregates != null) {
            out.printf("linked %,d attributions into %,d statements (%,d altered wordings flagged) and %,d speakers%n",
                    aggregates.reports(), aggregates.statements(), aggregates.variants(), aggregates.speakers());
        }
        out.flush();
        return c.failed > 0 && c.added == 0 && c.read > 0 ? VerbatimCli.EXIT_FAILURE : 0;
    }

    private void accept(ReadOutcome outcome, StoreWriter writer, Counts c, Progress progress, Pending pending) {
        if (outcome instanceof ReadOutcome.Skipped s) {
            c.skips.merge(s.reason(), 1, Integer::sum);
            return;
        }
        ReadOutcome.Read read = (ReadOutcome.Read) outcome;
        c.read++;
        if (writer.isStored(read.article())) {
            c.already++;
            return;
        }
        pending.reads.add(read);
        pending.chars += read.article().text().length();
        if (pending.reads.size() >= ArticleBatcher.DEFAULT_ARTICLES || pending.chars >= ArticleBatcher.DEFAULT_CHARS) {
            extract(pending, writer, c, progress);
        }
    }

    /**
     * Extracts and stores the pending articles, in order. When the batch's extraction throws, each article is
     * extracted on its own, so that only the failing ones are counted as failed.
     */
    private void extract(Pending pending, StoreWriter writer, Counts c, Progress progress) {
        if (pending.reads.isEmpty()) {
            return;
        }
        List<ReadOutcome.Read> reads = List.copyOf(pending.reads);
        pending.reads.clear();
        pending.chars = 0;
        List<Article> articles = new ArrayList<>(reads.size());
        for (ReadOutcome.Read r : reads) {
            articles.add(r.article());
        }
        List<DocumentResult> results = null;
        try {
            results = extraction.extractAll(articles);
            if (results.size() != articles.size()) {
                throw new IllegalStateException(results.size() + " results for " + articles.size() + " articles");
            }
        } catch (RuntimeException e) {
            results = null;
        }
        for (int i = 0; i < reads.size(); i++) {
            DocumentResult result = results != null ? results.get(i) : extractAlone(reads.get(i), c, progress);
            if (result != null) {
                store(result, writer, c);
            }
        }
    }

    /** One article's result, or null (counted and reported) when its extraction throws. */
    private DocumentResult extractAlone(ReadOutcome.Read read, Counts c, Progress progress) {
        try {
            return extraction.extractAll(List.of(read.article())).get(0);
        } catch (RuntimeException e) {
            c.failed++;
            if (c.failed <= 5) {
                progress.message("verbatim index: extraction failed for " + read.location() + ": " + e);
            }
            return null;
        }
    }

    /** Articles read and not yet extracted: the batch being filled. */
    private static final class Pending {
        final List<ReadOutcome.Read> reads = new ArrayList<>();
        long chars;
    }

    private static void store(DocumentResult result, StoreWriter writer, Counts c) {
        try {
            if (writer.add(result) == AddOutcome.ADDED) {
                c.added++;
            } else {
                c.already++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static String humanBytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Running totals of one run. */
    private static final class Counts {
        long read;
        long added;
        long already;
        long failed;
        final Map<String, Integer> skips = new TreeMap<>();

        long skipped() {
            return skips.values().stream().mapToLong(Integer::longValue).sum();
        }
    }
}
