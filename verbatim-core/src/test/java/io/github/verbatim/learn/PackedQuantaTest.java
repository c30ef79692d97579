package io.github.verbatim.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedQuantaTest {

    private static final int STRIDE = BioTags.STRIDE;

    @Test
    void packsAndReadsEveryQuantumBack() {
        byte[] quanta = new byte[2 * STRIDE];
        for (int i = 0; i < quanta.length; i++) {
            quanta[i] = (byte) (i % 2 == 0 ? -TaggerModel.MAX_QUANTUM + i : TaggerModel.MAX_QUANTUM - i);
        }
        long[] rows = PackedQuanta.pack(quanta);
        assertEquals(2, rows.length);
        for (int i = 0; i < quanta.length; i++) {
            assertEquals(quanta[i], PackedQuanta.quantum(rows, i));
        }
        short[] into = new short[STRIDE + 3];
        PackedQuanta.addRow(rows, 1, into, 3);
        for (int y = 0; y < STRIDE; y++) {
            assertEquals(quanta[STRIDE + y], into[3 + y]);
        }
    }

    @Test
    void rejectsQuantaOutsideTheRangeAndPartialRows() {
        assertThrows(IllegalArgumentException.class, () -> PackedQuanta.pack(new byte[STRIDE + 1]));
        byte[] low = new byte[STRIDE];
        low[3] = Byte.MIN_VALUE;
        assertThrows(IllegalArgumentException.class, () -> PackedQuanta.pack(low));
    }

    /** Seeded random rows, sums over up to three chunks, extremes included: equal to the plain int sum. */
    @Test
    void rowSumsEqualThePlainSumOfTheQuanta() {
        Random random = new Random(7);
        int rowCount = 64;
        byte[] quanta = new byte[rowCount * STRIDE];
        for (int i = 0; i < quanta.length; i++) {
            int pick = random.nextInt(10);
            quanta[i] = (byte) (pick == 0 ? TaggerModel.MAX_QUANTUM : pick == 1 ? -TaggerModel.MAX_QUANTUM
                    : random.nextInt(2 * TaggerModel.MAX_QUANTUM + 1) - TaggerModel.MAX_QUANTUM);
        }
        long[] rows = PackedQuanta.pack(quanta);
        for (int trial = 0; trial < 200; trial++) {
            int n = trial < 3 ? new int[] {0, PackedQuanta.CHUNK, 3 * PackedQuanta.CHUNK}[trial] : random.nextInt(700);
            int[] ids = new int[n + 5];
            for (int k = 0; k < ids.length; k++) {
                // many repeats of the most extreme rows, the worst case for a 16-bit lane
                ids[k] = trial % 4 == 0 ? 0 : random.nextInt(rowCount);
            }
            int from = 2;
            int[] expected = new int[STRIDE];
            for (int k = from; k < from + n; k++) {
                for (int y = 0; y < STRIDE; y++) {
                    expected[y] += quanta[ids[k] * STRIDE + y];
                }
            }
            int[] sum = new int[STRIDE];
            sum[5] = 11;
            expected[5] += 11;
            PackedQuanta.addRows(rows, ids, from, from + n, sum);
            assertArrayEquals(expected, sum, "trial " + trial + ", " + n + " rows");
        }
    }
}
