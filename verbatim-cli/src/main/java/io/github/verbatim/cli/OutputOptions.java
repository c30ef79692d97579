package io.github.verbatim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Output options shared by commands that write results: destination, format, whether to include text. */
public final class OutputOptions {

    /** Output formats. */
    public enum Format { json, table }

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (JSON Lines, one object per article; default) or table (readable).")
    Format format;

    @Option(names = "--with-text", description = "Include each article's text in JSON output.")
    boolean withText;
}
