package io.github.verbatim.spark;

import io.github.verbatim.ingest.Stripe;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One reading task: stripe {@code stripe} of {@code stripes} of input file number {@code fileNumber}
 * ({@link Stripe}). A gzipped file cannot be split by byte range and WARC record ranges would need a CDX
 * index, so a file that must keep several cores busy is read by several tasks, each decompressing the whole
 * file but decoding only every n-th document.
 *
 * @param fileNumber position of the file in the job's input listing (the high half of article orders)
 * @param uri        the file's Hadoop URI
 * @param stripe     which stripe, from 0
 * @param stripes    how many stripes the file is read in
 */
record ReadTask(int fileNumber, String uri, int stripe, int stripes) implements Serializable {

    ReadTask {
        Objects.requireNonNull(uri, "uri");
        new Stripe(stripe, stripes);
    }

    /** The stripe as the readers take it. */
    Stripe asStripe() {
        return new Stripe(stripe, stripes);
    }

    /**
     * The tasks reading {@code files} in at least {@code tasks} tasks when there are fewer files than that:
     * each file in {@code max(1, ceil(tasks / files))} stripes, files in listing order.
     */
    static List<ReadTask> plan(List<String> files, int tasks) {
        if (tasks < 1) {
            throw new IllegalArgumentException("tasks must be at least 1, got " + tasks);
        }
        int stripes = files.isEmpty() ? 1 : Math.max(1, (tasks + files.size() - 1) / files.size());
        List<ReadTask> plan = new ArrayList<>(files.size() * stripes);
        for (int f = 0; f < files.size(); f++) {
            for (int s = 0; s < stripes; s++) {
                plan.add(new ReadTask(f, files.get(f), s, stripes));
            }
        }
        return plan;
    }
}
