package io.github.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalPolnearCommandTest {

    private static String[] run(String... args) {
        CommandLine cli = VerbatimCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void printsOneLinePerMetricOnDev() {
        String shared = System.getProperty("verbatim.shared", "../shared");
        Path dev = Path.of(shared, "polnear", "dev");
        assumeTrue(Files.isDirectory(dev), "skipped: shared data " + dev + " is missing");
        String[] r = run("eval", "polnear", dev.toString());
        assertEquals("0", r[0], r[2]);
        for (String metric : new String[] {"content.overlap", "content.exact", "attribution", "span.source.exact",
            "span.cue.exact", "span.content.exact", "source|content", "direct.recall", "direct.source|content"}) {
            assertTrue(r[1].contains("\n" + metric + " ") || r[1].startsWith(metric + " "), metric + " in\n" + r[1]);
        }
    }

    @Test
    void aFolderThatIsNotASplitIsAUsageError(@TempDir Path dir) {
        String[] r = run("eval", "polnear", dir.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("is not a PolNeAR split"), r[2]);
    }
}
