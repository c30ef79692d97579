package io.github.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.index.store.StoreReader;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verbatim statement ID}: one statement's trail across outlets, with its variants. */
@Command(name = "statement", mixinStandardHelpOptions = true,
        description = "Show one statement's reports across outlets (earliest first) and any altered wordings.")
public final class StatementCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "ID", description = "Statement id, as 'verbatim search' prints it.")
    String id;

    @Option(names = "--json", description = "The statement as one JSON object.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (StoreReader reader = StoreCommands.openReader(store.store())) {
            Optional<JsonNode> found = reader.statement(id.strip());
            if (found.isEmpty()) {
                err.println("verbatim statement: no statement '" + id + "' in " + store.store());
                return VerbatimCli.EXIT_FAILURE;
            }
            JsonNode s = found.get();
            if (json) {
                out.println(JSON.writeValueAsString(s));
            } else {
                print(out, s);
            }
            out.flush();
            return 0;
        } catch (StoreCommands.UsageError e) {
            return StoreCommands.usage(err, "statement", e.getMessage());
        }
    }

    private static void print(PrintWriter out, JsonNode s) {
        out.println("statement " + s.get("id").asText());
        out.println("  \u201c" + SearchCommand.oneLine(s.get("text").asText()) + "\u201d");
        out.println("  speakers: " + join(s.get("speakers")));
        JsonNode e = s.get("earliest");
        out.println("  earliest: " + text(e.get("published")) + "  " + text(e.get("outlet")) + "  " + e.get("id").asText());
        out.println("  reports (" + s.get("reports").size() + "):");
        for (JsonNode r : s.get("reports")) {
            out.printf("    %s  %-20s %-8s %s  %s%n", text(r.get("published")), text(r.get("outlet")),
                    r.get("kind").asText(), text(r.get("speaker")), r.get("id").asText());
        }
        if (s.get("variants").isEmpty()) {
            out.println("  no altered wordings");
        }
        for (JsonNode v : s.get("variants")) {
            StringBuilder diff = new StringBuilder();
            for (JsonNode edit : v.get("edits")) {
                diff.append(diff.length() == 0 ? "" : "  ").append(edit.get("diff").asText());
            }
            out.println("  variant printed by " + join(v.get("outlets")) + " (" + v.get("reports").size()
                    + " report" + (v.get("reports").size() == 1 ? "" : "s") + "): " + diff);
            out.println("    \u201c" + SearchCommand.oneLine(v.get("text").asText()) + "\u201d");
        }
    }

    private static String join(JsonNode array) {
        StringBuilder sb = new StringBuilder();
        array.forEach(x -> sb.append(sb.length() == 0 ? "" : ", ").append(x.asText()));
        return sb.length() == 0 ? "-" : sb.toString();
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "-" : n.asText();
    }
}
