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
        short[] quanta = new short[2 * STRIDE];
        for (int i = 0; i < quanta.length; i++) {
            quanta[i] = (short) (i % 2 == 0 ? -TaggerModel.MAX_QUANTUM + i : TaggerModel.MAX_QUANTUM - i);
        }
        long[] rows = PackedQuanta.pack(quanta);
        assertEquals(2 * PackedQuanta.LONGS, rows.length);
        for (int i = 0; i < quanta.length; i++) {
            assertEquals(quanta[i], PackedQuanta.quantum(rows, i));
        }
        int[] into = new int[STRIDE + 3];
        PackedQuanta.addRow(rows, 1, into, 3);
        for (int y = 0; y < STRIDE; y++) {
            assertEquals(quanta[STRIDE + y], into[3 + y]);
        }
    }

    /** Seeded random rows, extremes included: one row added lane by lane equals its quanta read one by one. */
    @Test
    void addRowAddsEveryQuantumOfTheRow() {
        Random random = new Random(11);
        int rowCount = 32;
        short[] quanta = new short[rowCount * STRIDE];
        for (int i = 0; i < quanta.length; i++) {
            int pick = random.nextInt(6);
            quanta[i] = (short) (pick == 0 ? TaggerModel.MAX_QUANTUM : pick == 1 ? -TaggerModel.MAX_QUANTUM
                    : pick == 2 ? 0 : random.nextInt(2 * TaggerModel.MAX_QUANTUM + 1) - TaggerModel.MAX_QUANTUM);
        }
        long[] rows = PackedQuanta.pack(quanta);
        for (int trial = 0; trial < 500; trial++) {
            int row = random.nextInt(rowCount);
            int at = random.nextInt(5);
            int[] into = new int[at + STRIDE + 2];
            int[] expected = new int[into.length];
            for (int i = 0; i < into.length; i++) {
                into[i] = random.nextInt(2001) - 1000;
                expected[i] = into[i];
            }
            for (int y = 0; y < STRIDE; y++) {
                expected[at + y] += PackedQuanta.quantum(rows, row * STRIDE + y);
            }
            PackedQuanta.addRow(rows, row, into, at);
            assertArrayEquals(expected, into, "trial " + trial);
        }
    }

    /**
     * Seeded random sums, the extremes included: packed sums added to the accumulators of a row gather, with
     * the packed biases and the rows' biases taken off at the end, give the plain int sums of both.
     */
    @Test
    void packedSumsAddToRowSumsInTheSameLanes() {
        Random random = new Random(31);
        int rowCount = 40;
        short[] quanta = new short[rowCount * STRIDE];
        for (int i = 0; i < quanta.length; i++) {
            quanta[i] = (short) (random.nextInt(2 * TaggerModel.MAX_QUANTUM + 1) - TaggerModel.MAX_QUANTUM);
        }
        long[] rows = PackedQuanta.pack(quanta);
        int limit = PackedQuanta.SUM_BIAS - 1;
        for (int trial = 0; trial < 300; trial++) {
            int vectors = 1 + random.nextInt(5);
            int[] ints = new int[vectors * STRIDE];
            for (int i = 0; i < ints.length; i++) {
                int pick = random.nextInt(8);
                ints[i] = pick == 0 ? limit : pick == 1 ? -limit : random.nextInt(2_000_001) - 1_000_000;
            }
            long[] packed = new long[vectors * PackedQuanta.SUM_LONGS];
            for (int v = 0; v < vectors; v++) {
                PackedQuanta.packSums(ints, v * STRIDE, packed, v * PackedQuanta.SUM_LONGS);
            }
            int count = random.nextInt(120);
            int[] expected = new int[STRIDE];
            long[] acc = new long[PackedQuanta.SUM_LONGS];
            for (int k = 0; k < count; k++) {
                int row = random.nextInt(rowCount);
                for (int y = 0; y < STRIDE; y++) {
                    expected[y] += PackedQuanta.quantum(rows, row * STRIDE + y);
                }
                long low = rows[row * PackedQuanta.LONGS];
                long high = rows[row * PackedQuanta.LONGS + 1];
                acc[0] += low & PackedQuanta.LANES;
                acc[1] += low >>> 16 & PackedQuanta.LANES;
                acc[2] += high & PackedQuanta.LANES;
                acc[3] += high >>> 16 & PackedQuanta.LANES;
            }
            for (int v = 0; v < vectors; v++) {
                for (int y = 0; y < STRIDE; y++) {
                    expected[y] += ints[v * STRIDE + y];
                }
                for (int l = 0; l < PackedQuanta.SUM_LONGS; l++) {
                    acc[l] += packed[v * PackedQuanta.SUM_LONGS + l];
                }
            }
            int bias = PackedQuanta.BIAS * count + PackedQuanta.SUM_BIAS * vectors;
            int[] lanes = {(int) acc[0], (int) acc[1], (int) (acc[0] >>> 32), (int) (acc[1] >>> 32), (int) acc[2],
                (int) acc[3], (int) (acc[2] >>> 32), (int) (acc[3] >>> 32)};
            for (int y = 0; y < STRIDE; y++) {
                assertEquals(expected[y], lanes[y] - bias, "trial " + trial + ", lane " + y);
            }
        }
        assertThrows(IllegalArgumentException.class,
                () -> PackedQuanta.packSums(new int[] {0, 0, PackedQuanta.SUM_BIAS, 0, 0, 0, 0, 0}, 0, new long[4], 0));
        assertThrows(IllegalArgumentException.class,
                () -> PackedQuanta.packSums(new int[] {0, 0, 0, 0, 0, 0, 0, -PackedQuanta.SUM_BIAS}, 0, new long[4], 0));
    }

    @Test
    void rejectsQuantaOutsideTheRangeAndPartialRows() {
        assertThrows(IllegalArgumentException.class, () -> PackedQuanta.pack(new short[STRIDE + 1]));
        short[] low = new short[STRIDE];
        low[3] = Short.MIN_VALUE;
        assertThrows(IllegalArgumentException.class, () -> PackedQuanta.pack(low));
    }

    /** Seeded random rows, extremes included, up to 700 of them: sums equal the plain int sum. */
    @Test
    void rowSumsEqualThePlainSumOfTheQuanta() {
        Random random = new Random(7);
        int rowCount = 64;
        short[] quanta = new short[rowCount * STRIDE];
        for (int i = 0; i < quanta.length; i++) {
            int pick = random.nextInt(10);
            quanta[i] = (short) (pick == 0 ? TaggerModel.MAX_QUANTUM : pick == 1 ? -TaggerModel.MAX_QUANTUM
                    : random.nextInt(2 * TaggerModel.MAX_QUANTUM + 1) - TaggerModel.MAX_QUANTUM);
        }
        long[] rows = PackedQuanta.pack(quanta);
        for (int trial = 0; trial < 200; trial++) {
            int n = trial < 3 ? new int[] {0, 1, 2}[trial] : random.nextInt(700);
            int[] ids = new int[n + 5];
            for (int k = 0; k < ids.length; k++) {
                // every fourth trial repeats one row: the same lanes extreme over and over
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

    /**
     * More rows than one chunk, all at the extremes: the 32-bit lanes do not carry into each other. (Such a sum
     * leaves the int range; it wraps exactly as a plain int sum does.)
     */
    @Test
    void sumsOverMoreThanOneChunkOfExtremeRows() {
        short[] quanta = new short[2 * STRIDE];
        for (int y = 0; y < STRIDE; y++) {
            quanta[y] = (short) (y % 2 == 0 ? TaggerModel.MAX_QUANTUM : -TaggerModel.MAX_QUANTUM);
            quanta[STRIDE + y] = (short) TaggerModel.MAX_QUANTUM;
        }
        long[] rows = PackedQuanta.pack(quanta);
        int n = PackedQuanta.CHUNK + 17;
        for (int which = 0; which < 2; which++) {
            int[] ids = new int[n];
            java.util.Arrays.fill(ids, which);
            int[] sum = new int[STRIDE];
            PackedQuanta.addRows(rows, ids, 0, n, sum);
            for (int y = 0; y < STRIDE; y++) {
                assertEquals((int) ((long) quanta[which * STRIDE + y] * n), sum[y], "row " + which + " tag " + y);
            }
        }
    }
}
