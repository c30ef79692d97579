package io.github.verbatim.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Reading VmHWM from a /proc status text. */
class PeakRssTest {

    @Test
    void parsesTheHighWaterMarkInKibibytes() {
        String status = "Name:\tjava\nVmPeak:\t 5000000 kB\nVmHWM:\t  338944 kB\nVmRSS:\t  300000 kB\n";
        assertEquals(OptionalLong.of(338944L * 1024), PeakRss.parse(status));
    }

    @Test
    void missingOrMalformedLinesGiveNothing() {
        assertEquals(OptionalLong.empty(), PeakRss.parse("Name:\tjava\nVmRSS:\t 1 kB\n"));
        assertEquals(OptionalLong.empty(), PeakRss.parse("VmHWM:\t lots kB\n"));
        assertEquals(OptionalLong.empty(), PeakRss.parse("VmHWM:\t 12 MB\n"));
    }

    @Test
    void readsThisProcessOnLinux() {
        OptionalLong rss = PeakRss.read();
        assertEquals(Files.isReadable(Path.of("/proc/self/status")), rss.isPresent());
        rss.ifPresent(v -> assertTrue(v > 1 << 20, "a JVM takes more than 1 MB, got " + v));
    }
}
