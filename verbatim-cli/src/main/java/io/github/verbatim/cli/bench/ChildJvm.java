package io.github.verbatim.cli.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that runs the {@code verbatim} CLI in a fresh JVM with this JVM's executable, flags
 * ({@code -Xmx} and the rest, debugger agents left out) and class path, so that a child measures what this
 * process would. Stateless.
 */
public final class ChildJvm {

    private static final String MAIN = "io.github.verbatim.cli.VerbatimCli";

    private ChildJvm() {
    }

    /** {@code java <this JVM's flags> -cp <class path> VerbatimCli <args>}. */
    public static List<String> command(List<String> args) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(jvmFlags());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(MAIN);
        cmd.addAll(args);
        return cmd;
    }

    /** This JVM's flags, without debugger agents (a child must not bind the same debug port). */
    public static List<String> jvmFlags() {
        List<String> flags = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-agentlib:jdwp") && !a.startsWith("-Xrunjdwp")) {
                flags.add(a);
            }
        }
        return flags;
    }
}
