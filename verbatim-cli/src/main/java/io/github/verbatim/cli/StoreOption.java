package io.github.verbatim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option every verb that reads or writes the store shares. */
public final class StoreOption {

    /** The store used when {@code --store} is not given. */
    public static final String DEFAULT = "./verbatim-store";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    /** The chosen store folder. */
    public Path store() {
        return store;
    }
}
