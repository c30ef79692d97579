package io.github.verbatim.cli;

import io.github.verbatim.index.store.StoreCounts;
import io.github.verbatim.index.store.StoreReader;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.server.ServerLimits;
import io.github.verbatim.server.VerbatimServer;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code verbatim serve --store DIR [--port 8080] [--bind 127.0.0.1]}: the REST API and web UI over a store,
 * until the process is stopped (Ctrl-C). Binds to loopback unless told otherwise.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store's REST API and web UI (http://127.0.0.1:8080/ by default).")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}, this machine only; 0.0.0.0 exposes the "
                    + "server to the network).")
    String bind;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Function<Article, DocumentResult> extraction;
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** A serve verb whose paste page extracts with {@code extraction}. */
    public ServeCommand(Function<Article, DocumentResult> extraction) {
        this.extraction = Objects.requireNonNull(extraction, "extraction");
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            return StoreCommands.usage(err, "serve", "--port must be between 0 and 65535, got " + port);
        }
        try {
            InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            return StoreCommands.usage(err, "serve", "--bind: unknown address '" + bind + "'");
        }
        try (StoreReader reader = StoreCommands.openReader(store.store());
             VerbatimServer server = new VerbatimServer(reader, extraction, ServerLimits.STANDARD)) {
            try {
                server.start(bind, port);
            } catch (RuntimeException e) {
                err.println("verbatim serve: cannot listen on " + bind + ":" + port + ": " + rootMessage(e));
                return VerbatimCli.EXIT_FAILURE;
            }
            StoreCounts c = reader.counts();
            String host = bind.contains(":") ? "[" + bind + "]" : bind;
            String shown = bind.equals("0.0.0.0") ? "127.0.0.1" : host;
            out.printf("serving %,d articles, %,d statements, %,d speakers from %s%n", c.articles(), c.statements(),
                    c.speakers(), store.store().toAbsolutePath().normalize());
            out.println("open http://" + shown + ":" + server.port() + "/   (Ctrl-C stops the server)");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "verbatim-serve-stop"));
            stopped.await();
            return 0;
        } catch (StoreCommands.UsageError e) {
            return StoreCommands.usage(err, "serve", e.getMessage());
        }
    }

    /** Makes a running {@link #call()} stop serving and return (as Ctrl-C does). */
    void stop() {
        stopped.countDown();
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}
