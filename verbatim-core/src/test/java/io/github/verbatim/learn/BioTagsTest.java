package io.github.verbatim.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BioTagsTest {

    @Test
    void everyRoleHasItsOwnBeginAndInsideTag() {
        assertEquals(7, BioTags.COUNT);
        for (AttributionRole role : AttributionRole.values()) {
            assertEquals(role, BioTags.role(BioTags.begin(role)));
            assertEquals(role, BioTags.role(BioTags.inside(role)));
            assertTrue(BioTags.isBegin(BioTags.begin(role)));
            assertFalse(BioTags.isBegin(BioTags.inside(role)));
        }
        assertNull(BioTags.role(BioTags.O));
        assertEquals("I-CONTENT", BioTags.name(BioTags.inside(AttributionRole.CONTENT)));
    }

    @Test
    void insideTagsOnlyContinueTheirOwnRole() {
        int inCue = BioTags.inside(AttributionRole.CUE);
        assertTrue(BioTags.allowed(BioTags.begin(AttributionRole.CUE), inCue));
        assertTrue(BioTags.allowed(inCue, inCue));
        assertFalse(BioTags.allowed(BioTags.O, inCue));
        assertFalse(BioTags.allowed(-1, inCue));
        assertFalse(BioTags.allowed(BioTags.inside(AttributionRole.SOURCE), inCue));
        assertTrue(BioTags.allowed(-1, BioTags.begin(AttributionRole.SOURCE)));
    }

    @Test
    void rejectsTagsOutsideTheAlphabet() {
        assertThrows(IllegalArgumentException.class, () -> BioTags.role(7));
        assertThrows(IllegalArgumentException.class, () -> BioTags.isBegin(-1));
    }
}
