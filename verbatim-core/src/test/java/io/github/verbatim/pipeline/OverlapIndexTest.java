package io.github.verbatim.pipeline;

import io.github.verbatim.extract.CharRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverlapIndexTest {

    @Test
    void findsOverlapsAcrossBucketEdgesAndEmptyRanges() {
        OverlapIndex index = new OverlapIndex();
        index.add(new CharRange(1000, 1030), 3);
        index.add(new CharRange(5000, 5000), 1);
        assertTrue(index.overlapsAny(new CharRange(1029, 1030)));
        assertFalse(index.overlapsAny(new CharRange(1030, 1040)));
        assertTrue(index.overlapsAny(new CharRange(4990, 5010)), "an empty range inside counts, as CharRange says");
        assertFalse(index.overlapsAny(new CharRange(5000, 5010)));
        assertEquals(3, index.firstOwnerOverlapping(new CharRange(0, 2000)));
        assertEquals(Integer.MAX_VALUE, index.firstOwnerOverlapping(new CharRange(2000, 3000)));
    }

    @Test
    void answersEqualAScanOverAllRangesOnSeededRandomRanges() {
        Random random = new Random(20261128L);
        for (int round = 0; round < 200; round++) {
            OverlapIndex index = new OverlapIndex();
            List<CharRange> filed = new ArrayList<>();
            List<Integer> owners = new ArrayList<>();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                CharRange r = randomRange(random);
                int owner = random.nextInt(50);
                index.add(r, owner);
                filed.add(r);
                owners.add(owner);
            }
            for (int q = 0; q < 50; q++) {
                CharRange query = randomRange(random);
                boolean any = false;
                int first = Integer.MAX_VALUE;
                for (int i = 0; i < filed.size(); i++) {
                    if (filed.get(i).overlaps(query)) {
                        any = true;
                        first = Math.min(first, owners.get(i));
                    }
                }
                assertEquals(any, index.overlapsAny(query), query + " against " + filed);
                assertEquals(first, index.firstOwnerOverlapping(query), query + " against " + filed);
            }
        }
    }

    private static CharRange randomRange(Random random) {
        int start = random.nextInt(20_000);
        int length = random.nextInt(10) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 50 : 5_000);
        return new CharRange(start, start + length);
    }
}
