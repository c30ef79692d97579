package io.github.verbatim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link JobOutput}: the successful attempts' files end up under their committed names, nothing else does. */
class JobOutputTest {

    @TempDir
    Path dir;

    private static void write(org.apache.hadoop.fs.Path file, String text) throws IOException {
        Path p = Path.of(file.toUri());
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void commitMovesOneAttemptPerPartitionAndFinishRemovesTheRest() throws IOException {
        JobOutput out = new JobOutput(dir.resolve("out").toUri().toString() + "/");
        Configuration conf = new Configuration();
        org.apache.hadoop.fs.Path p0 = out.attemptFile("attributions", 0, 7, ".parquet");
        org.apache.hadoop.fs.Path p1 = out.attemptFile("attributions", 1, 9, ".parquet");
        org.apache.hadoop.fs.Path failed = out.attemptFile("attributions", 1, 8, ".parquet");
        write(p0, "zero");
        write(p1, "one");
        write(failed, "a failed attempt's leftover");

        out.commit("attributions", List.of(p0.toString(), p1.toString()), ".parquet", conf);
        out.finish(conf);

        Path table = dir.resolve("out/attributions");
        assertEquals("zero", Files.readString(table.resolve("part-00000.parquet")));
        assertEquals("one", Files.readString(table.resolve("part-00001.parquet")));
        assertTrue(Files.exists(table.resolve("_SUCCESS")));
        try (Stream<Path> files = Files.list(table)) {
            assertEquals(List.of("part-00000.parquet", "part-00001.parquet"), files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.startsWith("_") && !n.startsWith(".")).sorted().toList());
        }
        assertFalse(Files.exists(dir.resolve("out/_temporary")), "failed attempts' files are removed");
    }

    @Test
    void aTableWithoutTaskFilesStillGetsItsFolderAndMarker() throws IOException {
        JobOutput out = new JobOutput(dir.resolve("out").toString());
        out.commit("diagnostics", List.of(), ".parquet", new Configuration());
        assertTrue(Files.exists(dir.resolve("out/diagnostics/_SUCCESS")));
    }

    @Test
    void aMissingAttemptFileFailsTheCommitNamingIt() {
        JobOutput out = new JobOutput(dir.resolve("out").toString());
        org.apache.hadoop.fs.Path missing = out.attemptFile("results", 0, 1, ".txt.gz");
        IOException e = assertThrows(IOException.class,
                () -> out.commit("results", List.of(missing.toString()), ".txt.gz", new Configuration()));
        assertTrue(e.getMessage().contains("part-00000-attempt-1.txt.gz"), e.getMessage());
    }

    @Test
    void trailingSlashesAreDropped() {
        assertEquals("/data/out", new JobOutput("/data/out//").base());
        assertEquals("/data/out/t/part-00003.parquet", new JobOutput("/data/out/").partFile("t", 3, ".parquet")
                .toString());
    }
}
