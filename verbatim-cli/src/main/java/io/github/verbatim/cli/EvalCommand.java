package io.github.verbatim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code verbatim eval}: scores a stage against gold data; one subcommand per kind of gold. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score Verbatim against gold data.",
        subcommands = {EvalHtmlCommand.class, EvalPolnearCommand.class, EvalNerCommand.class})
public final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
