package io.github.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.index.store.StoreReader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code verbatim speakers}: speakers across the store, by statement count. */
@Command(name = "speakers", mixinStandardHelpOptions = true,
        description = "List speakers by number of statements, with their aliases and dated roles.")
public final class SpeakersCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    StoreOption store;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N speakers (default 50).")
    int limit;

    @Option(names = "--json", description = "One JSON object per speaker instead of text.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (limit < 1) {
            return StoreCommands.usage(spec.commandLine().getErr(), "speakers", "--limit must be at least 1");
        }
        try (StoreReader reader = StoreCommands.openReader(store.store())) {
            if (!reader.counts().aggregatesCurrent()) {
                spec.commandLine().getErr().println("verbatim speakers: note: the last indexing run did not finish; "
                        + "re-run 'verbatim index' to bring speakers up to date");
            }
            for (JsonNode s : reader.speakers(limit)) {
                out.println(json ? JSON.writeValueAsString(s) : line(s));
            }
            out.flush();
            return 0;
        } catch (StoreCommands.UsageError e) {
            return StoreCommands.usage(spec.commandLine().getErr(), "speakers", e.getMessage());
        }
    }

    private static String line(JsonNode s) {
        List<String> roles = new ArrayList<>();
        for (JsonNode r : s.get("roles")) {
            String first = r.get("first_seen").isNull() ? null : r.get("first_seen").asText();
            String last = r.get("last_seen").isNull() ? null : r.get("last_seen").asText();
            String when = first == null ? "" : first.equals(last) ? " (as of " + first + ")"
                    : " (" + first + " to " + last + ")";
            roles.add(r.get("role").asText() + when);
        }
        List<String> aliases = new ArrayList<>();
        s.get("aliases").forEach(a -> aliases.add(a.asText()));
        return SearchCommand.oneLine(String.format("%6d  %s  [%s]%s%s  %d article%s, %d outlet%s", s.get("statements").asInt(),
                s.get("name").asText(), s.get("id").asText(),
                aliases.isEmpty() ? "" : "  aka " + String.join("; ", aliases),
                roles.isEmpty() ? "" : "  roles: " + String.join("; ", roles),
                s.get("articles").asInt(), s.get("articles").asInt() == 1 ? "" : "s",
                s.get("outlets").size(), s.get("outlets").size() == 1 ? "" : "s"));
    }
}
