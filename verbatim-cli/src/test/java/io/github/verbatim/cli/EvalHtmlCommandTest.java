package io.github.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.ingest.jsonl.JsonlFields;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalHtmlCommandTest {

    @TempDir
    Path dir;

    @Test
    void scoresAFolderOfPagesAgainstGold() throws Exception {
        Files.createDirectories(dir.resolve("pages"));
        Files.createDirectories(dir.resolve("gold"));
        Files.writeString(dir.resolve("pages/a.html"), "<html><head><title>Rain expected</title>"
                + "<meta property='article:published_time' content='2024-03-01T09:00:00Z'></head><body><article>"
                + "<h1>Rain expected</h1><p>Heavy rain is expected across the north on Friday, forecasters said.</p>"
                + "<p>Flood warnings were issued for three rivers, and schools may close early.</p></article></body></html>");
        Files.writeString(dir.resolve("gold/a.txt"), "Heavy rain is expected across the north on Friday, "
                + "forecasters said.\nFlood warnings were issued for three rivers, and schools may close early.\n");
        Files.writeString(dir.resolve("manifest.jsonl"), "{\"html\":\"pages/a.html\",\"gold_text\":\"gold/a.txt\","
                + "\"title\":\"Rain expected\",\"published\":\"2024-03-01 09:00:00+00:00\"}\n");
        StringWriter out = new StringWriter();
        CommandLine cli = VerbatimCli.commandLine();
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("eval", "html", dir.toString(), "--worst", "1");
        assertEquals(0, code, out.toString());
        String text = out.toString();
        assertTrue(text.contains("shingle F1   all 1.0000  English 1.0000"), text);
        assertTrue(text.contains("title        1.0000"), text);
        assertTrue(text.contains("date (day)   1.0000"), text);
        assertTrue(text.contains("pages/a.html"), text);
    }

    @Test
    void missingManifestFails() {
        CommandLine cli = VerbatimCli.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(VerbatimCli.EXIT_FAILURE, cli.execute("eval", "html", dir.toString()));
    }

    @CommandLine.Command(name = "probe")
    static final class Probe implements Runnable {
        @CommandLine.Mixin
        JsonlFieldOptions jsonl;

        @Override
        public void run() {
        }
    }

    @Test
    void jsonlFieldOptionsDefaultToNewsMixAndCanBeChanged() {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs();
        assertEquals(JsonlFields.DEFAULTS, probe.jsonl.fields());
        new CommandLine(probe).parseArgs("--text-field", "body", "--id-field", "uid", "--date-field", "ts",
                "--url-field", "link", "--title-field", "headline");
        assertEquals(JsonlFields.DEFAULTS.withText("body").withId("uid").withDate("ts").withUrl("link")
                .withTitle("headline"), probe.jsonl.fields());
    }
}
