package io.github.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.verbatim.learn.LearnedAttributor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainPolnearCommandTest {

    @TempDir
    Path tmp;

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = VerbatimCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        int exit = cli.execute(args);
        return new Run(exit, err.toString());
    }

    private static Path shared(String relative) {
        String configured = System.getProperty("verbatim.shared");
        Path p = Path.of(configured != null ? configured : "../shared").resolve(relative);
        assumeTrue(Files.isDirectory(p), "skipped: shared data " + p + " is missing");
        return p;
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(VerbatimCli.EXIT_USAGE, run("train", "polnear", tmp.toString()).exit(), "missing --out");
        assertEquals(VerbatimCli.EXIT_USAGE, run("train", "conll", tmp.toString(), "--out", "m.bin").exit());
        Run missing = run("train", "polnear", tmp.resolve("nope").toString(), "--out", tmp.resolve("m").toString());
        assertEquals(VerbatimCli.EXIT_USAGE, missing.exit());
        assertTrue(missing.err().contains("no such folder"), missing.err());
        assertEquals(VerbatimCli.EXIT_USAGE,
                run("train", "polnear", tmp.toString(), "--out", "m", "--epochs", "0").exit());
        Run bits = run("train", "polnear", tmp.toString(), "--out", "m", "--hash-bits", "9");
        assertEquals(VerbatimCli.EXIT_USAGE, bits.exit());
        assertTrue(bits.err().contains("--hash-bits 9 outside 10..26"), bits.err());
    }

    @Test
    void trainsAModelThatLoadsAndReportsDevScores() throws Exception {
        Path train = shared("polnear/train");
        Path dev = shared("polnear/dev");
        Path out = tmp.resolve("model.bin");
        Run r = run("train", "polnear", train.toString(), "--out", out.toString(), "--dev", dev.toString(),
                "--epochs", "1", "--limit", "15", "--seed", "5", "--hash-bits", "14");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("fold 1/4 epoch 1/1"), r.err());
        assertTrue(r.err().contains("dev content.overlap"), r.err());
        assertTrue(r.err().contains("wrote " + out), r.err());
        LearnedAttributor loaded = LearnedAttributor.load(out);
        assertTrue(loaded.model().description().startsWith("PolNeAR train (15 articles)"),
                loaded.model().description());
        assertEquals(14, loaded.model().extractor().hashBits());
        assertTrue(loaded.model().description().contains("14-bit feature hashing"), loaded.model().description());
    }
}
