package io.github.verbatim.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The process's peak resident set size, the kernel's {@code VmHWM} ("high water mark") in
 * {@code /proc/self/status}. Available on Linux only; elsewhere {@link #read()} is empty. Stateless.
 */
public final class PeakRss {

    private static final Path STATUS = Path.of("/proc/self/status");

    private PeakRss() {
    }

    /** Peak RSS in bytes, or empty when {@code /proc/self/status} is absent or has no {@code VmHWM} line. */
    public static OptionalLong read() {
        try {
            return Files.isReadable(STATUS) ? parse(Files.readString(STATUS)) : OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The {@code VmHWM} value of a {@code /proc/<pid>/status} text, in bytes (the kernel writes kB = 1,024 bytes). */
    static OptionalLong parse(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmHWM:")) {
                String[] parts = line.substring(6).trim().split("\\s+");
                if (parts.length == 2 && parts[1].equals("kB")) {
                    try {
                        return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
                    } catch (NumberFormatException e) {
                        return OptionalLong.empty();
                    }
                }
            }
        }
        return OptionalLong.empty();
    }
}
