package io.github.verbatim.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job's output folder and its commit protocol for files written by tasks. A task attempt writes its part of
 * a table under {@code DIR/_temporary/TABLE/}, named by partition and attempt ({@link #attemptFile}), and reports
 * the names in its result. Spark returns exactly one result per partition, that of the attempt that succeeded,
 * so the driver moves exactly those files to {@code DIR/TABLE/part-NNNNN.EXT} ({@link #commit}) and then deletes
 * {@code _temporary} with whatever failed or speculative attempts left there ({@link #finish}). Readers skip
 * folders and files whose names start with {@code _} or {@code .}, as Spark's do. Immutable.
 *
 * @param base the output folder (a Hadoop path), without a trailing slash
 */
record JobOutput(String base) implements Serializable {

    private static final String TEMPORARY = "_temporary";

    JobOutput {
        while (base.length() > 1 && base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
    }

    /** Where task attempt {@code attempt} writes partition {@code partition} of {@code table}. */
    Path attemptFile(String table, int partition, long attempt, String extension) {
        return new Path(base + "/" + TEMPORARY + "/" + table + "/" + String.format("part-%05d-attempt-%d%s",
                partition, attempt, extension));
    }

    /** The committed name of partition {@code partition} of {@code table}. */
    Path partFile(String table, int partition, String extension) {
        return new Path(base + "/" + table + "/" + String.format("part-%05d%s", partition, extension));
    }

    /** The folder of {@code table}. */
    Path table(String table) {
        return new Path(base + "/" + table);
    }

    /**
     * Moves each successful attempt's file of {@code table} to its committed name; {@code files} holds one
     * attempt file per partition, in partition order. Creates the table's folder (with a {@code _SUCCESS}
     * marker, as Spark's writers leave one) even when {@code files} is empty.
     */
    void commit(String table, List<String> files, String extension, Configuration conf) throws IOException {
        Path dir = table(table);
        FileSystem fs = dir.getFileSystem(conf);
        fs.mkdirs(dir);
        for (int i = 0; i < files.size(); i++) {
            Path from = new Path(files.get(i));
            Path to = partFile(table, i, extension);
            if (!fs.rename(from, to)) {
                throw new IOException("could not move " + from + " to " + to);
            }
        }
        fs.create(new Path(dir, "_SUCCESS"), false).close();
    }

    /** Deletes {@code _temporary} with every file an attempt left there. */
    void finish(Configuration conf) throws IOException {
        Path temporary = new Path(base + "/" + TEMPORARY);
        temporary.getFileSystem(conf).delete(temporary, true);
    }
}
