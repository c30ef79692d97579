package io.github.verbatim.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateTextTest {
    @Test
    void readsTheDayAsWritten() {
        LocalDate may3 = LocalDate.of(2024, 5, 3);
        assertEquals(may3, DateText.parse("2024-05-03T23:47:42.389+02:00"));
        assertEquals(may3, DateText.parse("2024-05-03 15:47"));
        assertEquals(may3, DateText.parse("20240503"));
        assertEquals(may3, DateText.parse("Fri, 03 May 2024 15:47:42 GMT"));
        assertEquals(may3, DateText.parse("03.05.2024"));
        assertEquals(may3, DateText.parse("2024/05/03"));
        assertEquals(may3, DateText.parse("1714751262"));
        assertNull(DateText.parse("yesterday"));
        assertNull(DateText.parse("1850-01-01"));
        assertNull(DateText.parse("2024-13-40"));
        assertNull(DateText.parse(null));
    }
}
