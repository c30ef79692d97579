package io.github.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code verbatim extract} end to end, including every kind of bad input issue 2 lists. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = VerbatimCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, err.toString());
    }

    private void badInputs(Path in) throws IOException {
        Files.createDirectories(in);
        Files.writeString(in.resolve("a-good.txt"), "“We will win,” Jane Doe said on Monday.", StandardCharsets.UTF_8);
        Files.write(in.resolve("b-binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10, 0x00});
        Files.write(in.resolve("c-empty.txt"), new byte[0]);
        Files.write(in.resolve("d-invalid.txt"), new byte[] {'H', 'i', ' ', (byte) 0xC3, 0x28, ' ', 'x'});
        Files.writeString(in.resolve("e-quotes.txt"), "“”\"‘’«»„".repeat(2000) + "“““”””", StandardCharsets.UTF_8);
        StringBuilder line = new StringBuilder(21 * 1024 * 1024);
        while (line.length() < 20 * 1024 * 1024) {
            line.append("lorem ipsum dolor sit amet, consectetur adipiscing elit ");
        }
        Files.writeString(in.resolve("f-one-line-20mb.txt"), line, StandardCharsets.UTF_8);
    }

    @Test
    void badInputIsCountedNeverFatal() throws IOException {
        Path in = dir.resolve("in");
        badInputs(in);
        Path out = dir.resolve("out.jsonl");
        Run r = run("extract", in.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        // the 20 MB one-line file is either read (a best-effort result) or, over the reader's size limit, a
        // counted too-large skip; never a crash and never silently dropped
        boolean tooLarge = r.err().contains("f-one-line-20mb.txt (too-large: ");
        String counts = tooLarge ? "documents read: 2, attributions found: 1, skipped: 4 (binary 1, empty 1, "
                + "invalid-utf8 1, too-large 1)"
                : "documents read: 3, attributions found: 1, skipped: 3 (binary 1, empty 1, invalid-utf8 1)";
        assertTrue(r.err().contains(counts), r.err());
        assertTrue(r.err().contains("b-binary.txt (binary:"), r.err());
        assertTrue(r.err().contains("d-invalid.txt (invalid-utf8: not valid UTF-8 at byte 3)"), r.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(tooLarge ? 2 : 3, lines.size());
        if (!tooLarge) {
            assertTrue(lines.get(2).startsWith("{\"doc\":\"f-one-line-20mb.txt\""));
        }
        assertTrue(lines.get(0).startsWith("{\"doc\":\"a-good.txt\""), lines.get(0));
        assertTrue(lines.get(0).contains("\"speaker\":{\"id\":\"e1\",\"name\":\"Jane Doe\"}"), lines.get(0));
        assertTrue(lines.get(1).contains("\"doc\":\"e-quotes.txt\"") && lines.get(1).contains("quotation mark at"),
                lines.get(1).substring(0, Math.min(400, lines.get(1).length())));
    }

    @Test
    void missingPathIsAUsageError() {
        Run r = run("extract", dir.resolve("nope").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("nope: no such file or folder"), r.err());
    }

    @Test
    void tableAndTextOptions() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Officials met on Monday.\n\n“We will win this race for everyone in "
                + "the whole country and far beyond it,” Jane Doe said.", StandardCharsets.UTF_8);
        Path table = dir.resolve("table.txt");
        assertEquals(0, run("extract", dir.resolve("a.txt").toString(), "--format", "table", "--out", table.toString()).exit());
        String t = Files.readString(table, StandardCharsets.UTF_8);
        assertTrue(t.contains("speaker") && t.contains("Jane Doe") && t.contains("| said") && t.contains("| direct"), t);
        for (String row : t.split("\n")) {
            assertTrue(row.length() <= 140, "rows wrap: " + row);
        }
        Path json = dir.resolve("with-text.jsonl");
        assertEquals(0, run("extract", dir.resolve("a.txt").toString(), "--with-text", "--out", json.toString()).exit());
        assertTrue(Files.readString(json, StandardCharsets.UTF_8).contains("\"text\":\"Officials met on Monday."));
    }
}
