package io.github.verbatim.cli;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.pipeline.Pipeline;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code verbatim} command line: one subcommand class per verb.
 *
 * <p>Exit codes: 0 success, 1 the run failed, 2 bad usage (unknown option, missing path).
 */
@Command(
        name = "verbatim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Who said what, where, when and about whom, in news articles.",
        subcommands = {ExtractCommand.class, EvalCommand.class, SearchCommand.class, SpeakersCommand.class,
                StatementCommand.class, TrainCommand.class, BenchCommand.class, BenchContextCommand.class, CommandLine.HelpCommand.class})
public final class VerbatimCli implements Runnable {

    /** Exit code for a run that could not complete. */
    public static final int EXIT_FAILURE = 1;
    /** Exit code for bad usage: unknown options, missing inputs. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** Builds the configured command line; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        return commandLine(article -> StandardPipeline.INSTANCE.process(article),
                articles -> StandardPipeline.INSTANCE.processAll(articles));
    }

    /** The standard pipeline, built on first use only (verbs that read the store never need it). */
    private static final class StandardPipeline {
        static final Pipeline INSTANCE = Pipeline.standard();
    }

    /**
     * The command line with {@code index} and {@code serve} verbs that turn articles into results with
     * {@code extraction}
     * (tests pass their own; {@link #commandLine()} passes the standard pipeline).
     */
    static CommandLine commandLine(Function<Article, DocumentResult> extraction) {
        return commandLine(extraction, BatchExtraction.oneByOne(extraction));
    }

    private static CommandLine commandLine(Function<Article, DocumentResult> extraction, BatchExtraction batches) {
        CommandLine cli = new CommandLine(new VerbatimCli());
        cli.addSubcommand("index", new IndexCommand(batches));
        cli.addSubcommand("serve", new ServeCommand(extraction));
        return configure(cli);
    }

    private static CommandLine configure(CommandLine cli) {
        cli.setExitCodeExceptionMapper(t -> EXIT_FAILURE);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("verbatim " + cmd.getCommandName() + ": failed: " + ex);
            return EXIT_FAILURE;
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("verbatim: " + ex.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
            return EXIT_USAGE;
        });
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
