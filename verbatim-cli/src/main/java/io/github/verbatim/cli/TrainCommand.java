package io.github.verbatim.cli;

import picocli.CommandLine.Command;

/** {@code verbatim train}: groups the training verbs; each model has its own subcommand. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model from the shared data sets.",
        subcommands = {TrainNerCommand.class})
public final class TrainCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
