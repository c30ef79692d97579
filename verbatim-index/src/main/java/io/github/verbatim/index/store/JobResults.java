package io.github.verbatim.index.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.verbatim.ingest.Inputs;
import io.github.verbatim.model.DocumentResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the results a Verbatim Spark job wrote, so they can be stored without Spark or Parquet on the class
 * path: the job's output folder holds, beside its Parquet tables, a {@code results/} folder of
 * {@code part-*} files (gzipped or not), each line one JSON Lines contract object with its {@code "text"}.
 * Those lines carry everything the store keeps; the Parquet tables are their flattened copies.
 *
 * <p>Strict with callers: a folder without {@code results/} is not a job's output and fails naming it.
 * Lenient with data: a line that is not a contract object is counted, not fatal. Stateless.
 */
public final class JobResults {

    /** The sub-folder of a job's output holding the results. */
    public static final String RESULTS = "results";

    private JobResults() {
    }

    /** The result files of the job output {@code dir}, in name order. */
    public static List<Path> files(Path dir) throws IOException {
        Path results = dir.resolve(RESULTS);
        if (!Files.isDirectory(results)) {
            throw new NoSuchFileException(results.toString(), null,
                    "not a Verbatim Spark job's output (no " + RESULTS + "/ folder)");
        }
        try (Stream<Path> s = Files.list(results)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    /**
     * Reads every result of the job output {@code dir} into {@code sink}; returns how many lines could not be
     * read as a result.
     */
    public static long read(Path dir, Consumer<DocumentResult> sink) throws IOException {
        long bad = 0;
        for (Path file : files(dir)) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(Inputs.open(file, Long.MAX_VALUE),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    DocumentResult result;
                    try {
                        JsonNode node = ResultJson.tree(line);
                        JsonNode text = node.get("text");
                        if (text == null || !text.isTextual()) {
                            bad++;
                            continue;
                        }
                        result = ResultJson.read(line, text.asText());
                    } catch (RuntimeException e) {
                        bad++;
                        continue;
                    }
                    sink.accept(result);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return bad;
    }
}
