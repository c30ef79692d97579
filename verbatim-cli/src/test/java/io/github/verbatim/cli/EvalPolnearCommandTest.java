package io.github.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code verbatim eval polnear} on a tiny hand-made split, and its usage errors. */
class EvalPolnearCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = VerbatimCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path tinySplit() throws IOException {
        Path split = dir.resolve("split");
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        // 0         1         2         3         4
        // 01234567890123456789012345678901234567890123456
        // “We will win,” Jane Doe said. The sky is blue.
        Files.writeString(split.resolve("text/a.txt"), "“We will win,” Jane Doe said. The sky is blue.",
                StandardCharsets.UTF_8);
        Files.writeString(split.resolve("attributions/a_x1.ann"), String.join("\n",
                "T1\tContent 0 14\t“We will win,”",
                "T2\tSource 15 23\tJane Doe",
                "T3\tCue 24 28\tsaid",
                "T4\tAttribution 24 28\tsaid",
                "E1\tAttribution:T4 Content:T1 Source:T2 Cue:T3", ""), StandardCharsets.UTF_8);
        // a second annotator's file is ignored: the first in name order wins
        Files.writeString(split.resolve("attributions/a_y2.ann"), "", StandardCharsets.UTF_8);
        return split;
    }

    @Test
    void scoresASplitWithOneLinePerMetric() throws IOException {
        Run r = run("eval", "polnear", tinySplit().toString(), "--by-kind", "--errors", "5");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("articles 1, gold attributions 1"), r.out());
        assertTrue(r.out().contains("content.overlap            P 1.000  R 1.000  F1 1.000"), r.out());
        assertTrue(r.out().contains("attribution                P 1.000  R 1.000  F1 1.000"), r.out());
        assertTrue(r.out().contains("direct.recall              1.000  (1/1)"), r.out());
        assertTrue(r.out().contains("kind indirect:"), r.out());
        assertTrue(r.out().contains("best  article a.txt"), r.out());
    }

    @Test
    void missingFolderIsAUsageError() {
        Run r = run("eval", "polnear", dir.resolve("nope").toString());
        assertEquals(VerbatimCli.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("not a PolNeAR split"), r.err());
    }

    @Test
    void negativeErrorCountIsAUsageError() throws IOException {
        Run r = run("eval", "polnear", tinySplit().toString(), "--errors", "-1");
        assertEquals(VerbatimCli.EXIT_USAGE, r.exit());
    }
}
