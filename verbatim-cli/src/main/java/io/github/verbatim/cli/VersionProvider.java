package io.github.verbatim.cli;

import picocli.CommandLine;

/** Reports the version recorded in the CLI jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VerbatimCli.class.getPackage().getImplementationVersion();
        return new String[] {"verbatim " + (v == null ? "development build" : v)};
    }
}
