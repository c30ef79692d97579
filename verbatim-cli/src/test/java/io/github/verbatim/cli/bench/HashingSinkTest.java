package io.github.verbatim.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sink's hash depends on the bytes only, never on how the writes split them, and tells inputs apart. */
class HashingSinkTest {

    private static long hashInOneWrite(byte[] data) {
        HashingSink sink = new HashingSink();
        sink.write(data, 0, data.length);
        return sink.take();
    }

    @Test
    void anySplitIntoWritesGivesTheSameHash() {
        Random random = new Random(9L);
        for (int round = 0; round < 500; round++) {
            byte[] data = new byte[random.nextInt(200)];
            random.nextBytes(data);
            long whole = hashInOneWrite(data);
            HashingSink sink = new HashingSink();
            int i = 0;
            while (i < data.length) {
                if (random.nextInt(5) == 0) {
                    sink.write(data[i++]);
                } else {
                    int n = Math.min(data.length - i, random.nextInt(20));
                    byte[] padded = new byte[n + 6];
                    System.arraycopy(data, i, padded, 3, n);
                    sink.write(padded, 3, n);
                    i += n;
                }
            }
            assertEquals(whole, sink.take(), "round " + round);
            assertEquals(data.length, sink.bytes());
        }
    }

    @Test
    void takeStartsAfreshAndInputsAreToldApart() {
        HashingSink sink = new HashingSink();
        sink.write(new byte[] {1, 2, 3}, 0, 3);
        long first = sink.take();
        sink.write(new byte[] {1, 2, 3}, 0, 3);
        assertEquals(first, sink.take(), "each take hashes only what came after the last one");
        Set<Long> seen = new HashSet<>();
        Set<String> inputs = new HashSet<>();
        Random random = new Random(3L);
        for (int i = 0; i < 20_000; i++) {
            byte[] data = new byte[1 + random.nextInt(40)];
            random.nextBytes(data);
            inputs.add(java.util.Arrays.toString(data));
            seen.add(hashInOneWrite(data));
        }
        assertEquals(inputs.size(), seen.size(), "no collision among the distinct random inputs");
        assertNotEquals(hashInOneWrite(new byte[0]), hashInOneWrite(new byte[1]), "a zero byte counts");
        assertNotEquals(hashInOneWrite(new byte[8]), hashInOneWrite(new byte[9]));
        assertThrows(IndexOutOfBoundsException.class, () -> sink.write(new byte[2], 1, 2));
    }
}
