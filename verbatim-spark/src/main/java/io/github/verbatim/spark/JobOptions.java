package io.github.verbatim.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The job's command line: {@code --output DIR [--partitions N] INPUT...}. Inputs and the output are Hadoop
 * paths ({@code file:/...}, {@code hdfs://...}, {@code s3a://...}, or plain local paths).
 *
 * @param inputs     files or folders to read, at least one
 * @param output     folder the tables are written under; must not exist yet
 * @param partitions how many tasks read and extract at least: each file is read in
 *                   {@code max(1, ceil(partitions / files))} interleaved stripes, so a lone unsplittable file still
 *                   keeps that many cores busy; 0 means two per core
 */
public record JobOptions(List<String> inputs, String output, int partitions) {

    /** The usage line printed on a bad command line. */
    public static final String USAGE = "usage: VerbatimSparkJob --output DIR [--partitions N] INPUT...";

    public JobOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one input path is needed; " + USAGE);
        }
        if (output.isBlank()) {
            throw new IllegalArgumentException("--output must not be blank");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be 0 (automatic) or more, got " + partitions);
        }
    }

    /** Parses {@code args}; throws {@link IllegalArgumentException} naming the first bad argument. */
    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--output", "-o" -> output = value(args, ++i, a);
                case "--partitions" -> {
                    String v = value(args, ++i, a);
                    try {
                        partitions = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--partitions needs a whole number, got '" + v + "'");
                    }
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option '" + a + "'; " + USAGE);
                    }
                    inputs.add(a);
                }
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("--output is required; " + USAGE);
        }
        return new JobOptions(inputs, output, partitions);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        return args[i];
    }
}
