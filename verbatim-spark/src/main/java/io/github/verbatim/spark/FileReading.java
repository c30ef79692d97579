package io.github.verbatim.spark;

import io.github.verbatim.ingest.InputWalker;
import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.ingest.Stripe;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads one stripe of one input file ({@link Stripe}: every n-th document) on an executor with the CLI's own readers ({@link InputWalker#standard()}), so every
 * format, limit and skip reason is the CLI's.
 *
 * <p>The readers take a local file. A {@code file:} URI is read in place; any other file system (HDFS, S3A)
 * is first streamed to a temporary copy with the same file name under the executor's temporary folder (Spark
 * points {@code java.io.tmpdir} at its local dirs on YARN and Kubernetes), read, and deleted. The file name
 * is kept because readers derive article ids from it; locations are rewritten to the original URI.
 *
 * <p>Never throws for bad data: a file that cannot be opened or copied becomes one {@code io-error} skip
 * (reported by stripe 0 only). Each stripe of a remote file makes its own temporary copy.
 * Stateless.
 */
final class FileReading {

    private FileReading() {
    }

    /**
     * Every outcome of {@code stripe} of file number {@code fileNumber} at {@code uri}, in reading order. Each
     * article's order is the file number in the high 32 bits and its position in the whole file (not in the
     * stripe) in the low ones, so orders do not depend on how the file was striped.
     */
    static List<ReadItem> read(int fileNumber, String uri, Stripe stripe, Configuration conf) {
        List<ReadItem> items = new ArrayList<>();
        Path path = new Path(uri);
        java.nio.file.Path stageDir = null;
        try {
            java.nio.file.Path local;
            if ("file".equals(path.toUri().getScheme())) {
                local = java.nio.file.Path.of(URI.create(uri));
            } else {
                stageDir = Files.createTempDirectory("verbatim-stage");
                local = stageDir.resolve(path.getName());
                FileSystem fs = path.getFileSystem(conf);
                try (InputStream in = fs.open(path)) {
                    Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            String localPrefix = local.toString();
            long[] kept = {0};
            InputWalker.standard().read(local, outcome -> {
                long order = ((long) fileNumber << 32) | (stripe.index() + stripe.count() * kept[0]++);
                String location = uri + outcome.location().substring(
                        outcome.location().startsWith(localPrefix) ? localPrefix.length() : 0);
                if (outcome instanceof ReadOutcome.Read read) {
                    items.add(new ReadItem(ArticleRecord.of(order, uri, location, read.article()), null));
                } else if (outcome instanceof ReadOutcome.Skipped s) {
                    items.add(new ReadItem(null, new SkipRecord(uri, location, "read", s.reason(), s.detail())));
                }
            }, stripe);
        } catch (IOException | RuntimeException e) {
            if (stripe.index() == 0) {
                // every stripe meets the same failure; one diagnostics row for the file
                items.add(new ReadItem(null, new SkipRecord(uri, uri, "read", "io-error",
                        e.getClass().getSimpleName() + ": " + e.getMessage())));
            }
        } finally {
            deleteQuietly(stageDir);
        }
        return items;
    }

    private static void deleteQuietly(java.nio.file.Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<java.nio.file.Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary copy is removed with the executor's local dirs
        }
    }
}
