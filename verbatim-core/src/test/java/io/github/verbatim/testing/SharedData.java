package io.github.verbatim.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared} for tests, skipping (not failing) a test when the data it needs is absent. */
public final class SharedData {

    private SharedData() {
    }

    /** The shared data folder, from the {@code verbatim.shared} system property or {@code ../shared}. */
    public static Path root() {
        String configured = System.getProperty("verbatim.shared");
        return Path.of(configured != null ? configured : "../shared").toAbsolutePath().normalize();
    }

    /** {@code root().resolve(relative)}, skipping the calling test when it does not exist. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        assumeTrue(Files.exists(p), "skipped: shared data " + p + " is missing");
        return p;
    }
}
