package io.github.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code verbatim extract} over a mix of formats: JSONL with custom fields, HTML, text; duplicates flagged. */
class ExtractMixedInputTest {

    @TempDir
    Path dir;

    private static final String STORY = "The central bank raised its main interest rate by a quarter point on "
            + "Thursday, citing stubborn inflation in services and a tight labour market. \\\"We will do what is "
            + "needed,\\\" the governor told reporters after the meeting, adding that further increases could not "
            + "be ruled out if wage growth stayed high through the summer months and into the autumn.";

    @Test
    void mixedInputsWithCustomFieldsAndDuplicates() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(in.resolve("a.jsonl.gz")))) {
            out.write(("{\"uid\":\"wire-1\",\"body\":\"" + STORY + "\",\"when\":\"2024-03-07\"}\n"
                    + "{\"uid\":\"copy-2\",\"body\":\"" + STORY + " Reporting by staff.\"}\n"
                    + "{\"uid\":\"broken\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(in.resolve("b.html"), "<html><head><title>Harbour</title></head><body><article><p>The "
                + "harbour reopened on Friday after three weeks of repairs, the port authority said.</p></article>"
                + "</body></html>");
        Files.writeString(in.resolve("c.txt"), "Officials met on Monday.");
        Path out = dir.resolve("out.jsonl");
        CommandLine cli = VerbatimCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("extract", in.toString(), "--out", out.toString(), "--id-field", "uid",
                "--text-field", "body", "--date-field", "when");
        assertEquals(0, exit, err.toString());
        String e = err.toString();
        assertTrue(e.contains("documents read: 4, attributions found: "), e);
        assertTrue(e.contains("skipped: 1 (no-text 1), near-duplicates flagged: 1"), e);
        assertTrue(e.contains("a.jsonl.gz:3 (no-text:"), e);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("{\"doc\":\"wire-1\",\"title\":null,\"published\":\"2024-03-07\""),
                lines.get(0));
        assertFalse(lines.get(0).contains("duplicate_of"), lines.get(0));
        assertTrue(lines.get(1).contains("\"doc\":\"copy-2\"") && lines.get(1).contains("\"duplicate_of\":\"wire-1\""),
                lines.get(1));
        assertTrue(lines.get(2).startsWith("{\"doc\":\"b.html\",\"title\":\"Harbour\""), lines.get(2));
        assertTrue(lines.get(3).startsWith("{\"doc\":\"c.txt\""), lines.get(3));
    }

    @Test
    void noDedupLeavesCopiesUnflagged() throws IOException {
        Path file = dir.resolve("a.jsonl");
        Files.writeString(file, "{\"id\":\"1\",\"text\":\"" + STORY + "\"}\n{\"id\":\"2\",\"text\":\"" + STORY + "\"}\n");
        Path out = dir.resolve("out.jsonl");
        CommandLine cli = VerbatimCli.commandLine();
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cli.execute("extract", file.toString(), "--out", out.toString(), "--no-dedup"));
        assertFalse(Files.readString(out).contains("duplicate_of"));
    }
}
