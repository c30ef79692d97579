package io.github.verbatim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticListTest {

    @Test
    void keepsTheFirstMessagesAndCountsTheRest() {
        DiagnosticList d = new DiagnosticList(2);
        d.add("a");
        d.add("b");
        d.add("c");
        d.add("d");
        assertEquals(List.of("a", "b", "2 more diagnostics not shown"), d.toList());
    }

    @Test
    void rejectsANonPositiveLimit() {
        assertThrows(IllegalArgumentException.class, () -> new DiagnosticList(0));
    }
}
