package io.github.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.model.DocumentResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code verbatim serve}: prints the URL, answers on loopback, and refuses bad options with exit code 2. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void servesTheStoreAndPrintsTheUrl() throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("in")).resolve("a.txt"), "Seed text.");
        CommandLine index = VerbatimCli.commandLine(a -> new DocumentResult(a, List.of(), List.of(), List.of(),
                List.of()));
        index.setOut(new PrintWriter(new StringWriter()));
        index.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, index.execute("index", dir.resolve("in").toString(), "--store", dir.resolve("s").toString()));

        ServeCommand serve = new ServeCommand(a -> new DocumentResult(a, List.of(), List.of(), List.of(), List.of()));
        CommandLine cli = new CommandLine(serve);
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute("--store",
                dir.resolve("s").toString(), "--port", "0"));
        Pattern url = Pattern.compile("open (http://127\\.0\\.0\\.1:\\d+/)");
        Matcher m = url.matcher("");
        for (int i = 0; i < 200 && !m.find(); i++) {
            Thread.sleep(50);
            m = url.matcher(out.toString());
        }
        assertTrue(m.find(0), "prints the URL: " + out);
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(m.group(1) + "api/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"articles\":1"), health.body());
        serve.stop();
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
    }

    @Test
    void badOptionsExitTwo() {
        for (String[] args : new String[][] {
                {"--store", dir.resolve("absent").toString()},
                {"--store", dir.toString(), "--port", "70000"},
                {"--store", dir.toString(), "--bind", "no such host.invalid"}}) {
            ServeCommand serve = new ServeCommand(a -> null);
            CommandLine cli = new CommandLine(serve);
            StringWriter err = new StringWriter();
            cli.setErr(new PrintWriter(err, true));
            cli.setOut(new PrintWriter(new StringWriter(), true));
            assertEquals(2, cli.execute(args), String.join(" ", args) + ": " + err);
            assertTrue(err.toString().startsWith("verbatim serve: "), err.toString());
        }
    }
}
