package io.github.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void terminalLineShowsBarRateAndEta() {
        long[] now = {0};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8), true), true, 100_000_000, 0,
                () -> now[0]);
        now[0] = 10 * SECOND;
        p.documents(500);
        p.bytes(25_000_000);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("\r["));
        String drawn = p.render(now[0]);
        assertTrue(drawn.contains("25%"), drawn);
        assertTrue(drawn.contains("500 docs  25.0/100.0 MB"), drawn);
        assertTrue(drawn.contains("50 docs/s  2.5 MB/s"), drawn);
        assertTrue(drawn.contains("ETA 0:00:30"), drawn);
        p.finish();
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\n"));
    }

    @Test
    void terminalRedrawsAtMostFiveTimesASecond() {
        long[] now = {0};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8), true), true, -1, 0, () -> now[0]);
        for (int i = 0; i < 1000; i++) {
            now[0] += SECOND / 1000;
            p.documents(1);
        }
        long redraws = bytes.toString(StandardCharsets.UTF_8).chars().filter(c -> c == '\r').count();
        assertEquals(5, redraws);
        assertFalse(bytes.toString(StandardCharsets.UTF_8).contains("ETA"), "no ETA without a known total");
    }

    @Test
    void plainLinesWhenNotATerminal() {
        long[] now = {0};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8), true), false, -1, 10 * SECOND,
                () -> now[0]);
        for (int i = 0; i < 35; i++) {
            now[0] += SECOND;
            p.documents(1);
        }
        p.finish();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(out.contains("\r"));
        assertEquals(4, out.lines().count(), out);
        assertTrue(out.lines().reduce((a, b) -> b).orElseThrow().startsWith("35 docs"), out);
    }

    @Test
    void messagesClearTheStatusLineOnATerminal() {
        long[] now = {0};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8), true),
                true, -1, 0, () -> now[0]);
        now[0] = SECOND;
        p.documents(1);
        p.message("skipped x (binary)");
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("\rskipped x (binary)"), out);
        assertTrue(out.endsWith("1 docs  0.0 MB  1 docs/s  0.0 MB/s  0:00:01"), out);
    }

    @Test
    void silentWhenNotATerminalAndNoInterval() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8), true), false, 10, 0,
                System::nanoTime);
        p.documents(3);
        p.finish();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }
}
