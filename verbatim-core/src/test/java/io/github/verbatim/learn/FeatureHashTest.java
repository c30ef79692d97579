package io.github.verbatim.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class FeatureHashTest {

    @Test
    void lowerIgnoresCaseAndReadsOnlyTheRange() {
        String text = "He SAID it";
        assertEquals(FeatureHash.lower("said"), FeatureHash.lower(text, 3, 7));
        assertNotEquals(FeatureHash.exact("said", 0, 4), FeatureHash.exact(text, 3, 7));
        assertNotEquals(FeatureHash.lower("said"), FeatureHash.lower("says"));
    }

    @Test
    void shapesCollapseRunsOfOneCharacterClass() {
        assertEquals(FeatureHash.shape("Obama", 0, 5), FeatureHash.shape("Clinton", 0, 7));
        assertEquals(FeatureHash.shape("1999", 0, 4), FeatureHash.shape("7", 0, 1));
        assertNotEquals(FeatureHash.shape("Obama", 0, 5), FeatureHash.shape("obama", 0, 5));
        assertNotEquals(FeatureHash.shape("U.S.", 0, 4), FeatureHash.shape("US", 0, 2));
    }

    @Test
    void hashesAreStableAcrossRunsSoModelsStayValid() {
        // pinned: a change here silently invalidates every trained model file
        assertEquals(679565362467522588L, FeatureHash.lower("said"));
        assertEquals(FeatureHash.mix(42L), FeatureHash.mix(42L));
    }
}
