package io.github.verbatim.index.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Statement, report and speaker ids are {@link StableHash#hex} values: they must never change. */
class StableHashTest {

    @Test
    void pinnedValuesStayTheSame() {
        // FNV-1a over UTF-16 units then SplitMix64, computed independently of this class
        assertEquals("f52a15e9a9b5e89b", StableHash.hex(""));
        assertEquals("ea9761c20da37a0b", StableHash.hex("reuters#3"));
        assertEquals("cd68235a81b442d0", StableHash.hex("we will not back down "));
    }

    @Test
    void hexIsTheSixteenDigitFormatOfTheHash() {
        Random random = new Random(8);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                s.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(0x3000)));
            }
            assertEquals(String.format("%016x", StableHash.of(s)), StableHash.hex(s), s::toString);
        }
    }

    @Test
    void runningHashEqualsTheHashOfTheWholeString() {
        Random random = new Random(9);
        for (int i = 0; i < 1_000; i++) {
            String s = Long.toString(random.nextLong(), 36) + " \u00e9\u2019";
            long h = StableHash.FNV_OFFSET;
            for (int c = 0; c < s.length(); c++) {
                h = (h ^ s.charAt(c)) * StableHash.FNV_PRIME;
            }
            assertEquals(StableHash.of(s), StableHash.mix(h));
        }
    }
}
