package io.github.verbatim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.verbatim.index.store.InvalidQueryException;
import io.github.verbatim.index.store.ResultJson;
import io.github.verbatim.index.store.SearchRequest;
import io.github.verbatim.index.store.SearchResults;
import io.github.verbatim.index.store.StatementHit;
import io.github.verbatim.index.store.StoreReader;
import io.github.verbatim.model.AttributionKind;
import io.github.verbatim.model.Span;
import io.github.verbatim.sink.TableWriter;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verbatim search QUERY}: statements matching a Lucene query, with filters. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search stored statements. QUERY uses Lucene syntax over the statement text "
                + "(words are ANDed; \"phrases\", OR, NOT, wildcards*; '*' matches everything)."})
public final class SearchCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What was said, in Lucene query syntax.")
    String query;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only statements by this speaker (any alias).")
    String speaker;

    @Option(names = "--since", paramLabel = "DATE", description = "Published on or after DATE (YYYY-MM-DD).")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Published on or before DATE (YYYY-MM-DD).")
    String until;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only this outlet.")
    String outlet;

    @Option(names = "--kind", paramLabel = "KIND", description = "direct, mixed or indirect.")
    String kind;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N results (default 10).")
    int limit;

    @Option(names = "--json", description = "One JSON object per result instead of text.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchRequest request;
        try {
            LocalDate from = StoreCommands.date("--since", since, false);
            LocalDate to = StoreCommands.date("--until", until, true);
            AttributionKind k = kind == null ? null : AttributionKind.fromLabel(kind.strip());
            request = new SearchRequest(query, speaker, from, to, outlet, k, limit);
        } catch (StoreCommands.UsageError | IllegalArgumentException e) {
            return StoreCommands.usage(err, "search", e.getMessage());
        }
        try (StoreReader reader = StoreCommands.openReader(store.store())) {
            SearchResults results = reader.search(request);
            if (json) {
                for (StatementHit h : results.hits()) {
                    out.println(JSON.writeValueAsString(toJson(h)));
                }
            } else {
                print(out, results);
            }
            out.flush();
            return 0;
        } catch (InvalidQueryException e) {
            return StoreCommands.usage(err, "search", e.getMessage());
        } catch (StoreCommands.UsageError e) {
            return StoreCommands.usage(err, "search", e.getMessage());
        }
    }

    private void print(PrintWriter out, SearchResults results) {
        boolean ansi = System.console() != null && System.getenv("NO_COLOR") == null;
        String open = ansi ? "\u001b[1;33m" : "**";
        String close = ansi ? "\u001b[0m" : "**";
        int n = 0;
        for (StatementHit h : results.hits()) {
            n++;
            out.printf("[%d] %s  %s  %s  (%s)%s%n", n, orDash(h.published()), orDash(h.outlet()),
                    h.speaker() == null ? (h.sourceText().isEmpty() ? "unknown speaker" : h.sourceText()) : h.speaker(),
                    h.kind(), h.statementId() == null ? "" : "  statement " + h.statementId());
            out.println("    \u201c" + oneLine(h.highlighted(open, close)) + "\u201d");
            out.println("    " + (h.cueText().isEmpty() ? "" : h.cueText() + " \u2014 ")
                    + (h.title() == null ? h.doc() : h.title()));
            String context = h.attributionJson() == null ? ""
                    : TableWriter.context(ResultJson.attribution(ResultJson.tree(h.attributionJson())));
            if (!context.isEmpty()) {
                out.println("    " + context);
            }
        }
        out.printf("%d of %d matching statement%s shown%n", results.hits().size(), results.total(),
                results.total() == 1 ? "" : "s");
    }

    private static ObjectNode toJson(StatementHit h) throws Exception {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", h.id());
        n.put("statement", h.statementId());
        n.put("doc", h.doc());
        n.put("article", h.articleKey());
        n.put("title", h.title());
        n.put("outlet", h.outlet());
        n.put("published", h.published());
        n.put("kind", h.kind());
        n.put("speaker", h.speaker());
        n.put("text", h.text());
        var highlights = n.putArray("highlights");
        for (Span s : h.highlights()) {
            highlights.addObject().put("start", s.start()).put("end", s.end());
        }
        n.put("score", h.score());
        n.set("attribution", JSON.readTree(h.attributionJson()));
        return n;
    }

    /** Wire texts break lines inside sentences; a result is shown on one line. */
    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
