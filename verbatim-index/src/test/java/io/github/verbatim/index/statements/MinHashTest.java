package io.github.verbatim.index.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Band keys decide which wordings are compared: the clusterer's keys must not change between versions. */
class MinHashTest {

    private final MinHash clusterers = new MinHash(20, 3, 2);

    @Test
    void bandKeysArePinned() {
        // computed independently of this class (FNV-1a + SplitMix64 over "w1 w2 " shingles, signed minimum)
        long[] keys = clusterers.bandKeys(List.of("the economy is strong and we will keep it that way".split(" ")));
        assertEquals(20, keys.length);
        assertEquals(-2832826739259456248L, keys[0]);
        assertEquals(1357932970316995197L, keys[1]);
        assertEquals(7241349102222241737L, keys[2]);
        assertEquals(-926143632478712672L, clusterers.bandKeys(List.of())[0]);
        assertEquals(325227840362942549L, clusterers.bandKeys(List.of())[1]);
        assertEquals(3005049907438417911L, clusterers.bandKeys(List.of("résumé"))[0]);
        assertEquals(-1444384085187968584L, clusterers.bandKeys(List.of("résumé"))[1]);
    }
}
