package io.github.verbatim.learn;

/**
 * Weight rows of 16-bit quanta packed four to a {@code long}: a row of {@link BioTags#STRIDE} (8) quanta is
 * two longs, tags 0..3 in the first and 4..7 in the second, so that a row is two loads and rows are summed
 * eight lanes at a time inside four longs. A quantum {@code q} in {@code -MAX_QUANTUM..MAX_QUANTUM} is stored
 * biased, as the unsigned 16-bit value {@code q + 32768}, tag {@code y} in bits {@code 16 (y % 4)} onwards.
 * Summing splits each long into its even and odd lanes widened to 32 bits ({@code w & 0x0000FFFF0000FFFF}
 * and {@code (w >>> 16) & 0x0000FFFF0000FFFF}); up to {@value #CHUNK} rows cannot carry out of a 32-bit lane
 * (65,535 * 65,536 < 2^32), and the bias comes off once per chunk. The sums are exactly the int sums of the
 * signed quanta. Stateless.
 */
final class PackedQuanta {

    /** Rows summed in 32-bit lanes before they are moved to ints. */
    static final int CHUNK = 1 << 16;
    /** Longs per row. */
    static final int LONGS = BioTags.STRIDE / 4;
    /** What a stored quantum is biased by. */
    static final int BIAS = 1 << 15;
    /** The even 16-bit lanes of a row long, as two 32-bit lanes. */
    static final long LANES = 0x0000FFFF0000FFFFL;
    /** Longs of a row sum in 32-bit lanes ({@link #packSums}): lanes 0 and 2, 1 and 3, 4 and 6, 5 and 7. */
    static final int SUM_LONGS = BioTags.STRIDE / 2;
    /** What {@link #packSums} biases each lane by; a packed sum must lie strictly within +- this. */
    static final int SUM_BIAS = 1 << 24;

    private PackedQuanta() {
    }

    /** Packs {@code quanta} ({@code STRIDE} per row, each within +-{@link TaggerModel#MAX_QUANTUM}) into rows. */
    static long[] pack(short[] quanta) {
        if (quanta.length % BioTags.STRIDE != 0) {
            throw new IllegalArgumentException(quanta.length + " quanta are not whole rows of " + BioTags.STRIDE);
        }
        long[] rows = new long[quanta.length / 4];
        for (int i = 0; i < quanta.length; i++) {
            int q = quanta[i];
            if (q < -TaggerModel.MAX_QUANTUM || q > TaggerModel.MAX_QUANTUM) {
                throw new IllegalArgumentException("quantum " + q + " out of range");
            }
            rows[i >>> 2] |= (long) (q + BIAS) << (16 * (i & 3));
        }
        return rows;
    }

    /** The signed quantum of tag {@code index % STRIDE} of row {@code index / STRIDE}. */
    static int quantum(long[] rows, int index) {
        return (int) (rows[index >>> 2] >>> (16 * (index & 3)) & 0xFFFF) - BIAS;
    }

    /** Adds the quanta of the rows {@code rowIds[from..to)} to {@code sum[0..STRIDE)}. */
    static void addRows(long[] rows, int[] rowIds, int from, int to, int[] sum) {
        for (int start = from; start < to; start += CHUNK) {
            int end = Math.min(to, start + CHUNK);
            long even0 = 0;
            long odd0 = 0;
            long even1 = 0;
            long odd1 = 0;
            for (int k = start; k < end; k++) {
                int at = rowIds[k] * LONGS;
                long low = rows[at];
                long high = rows[at + 1];
                even0 += low & LANES;
                odd0 += low >>> 16 & LANES;
                even1 += high & LANES;
                odd1 += high >>> 16 & LANES;
            }
            int bias = BIAS * (end - start);
            sum[0] += (int) even0 - bias;
            sum[1] += (int) odd0 - bias;
            sum[2] += (int) (even0 >>> 32) - bias;
            sum[3] += (int) (odd0 >>> 32) - bias;
            sum[4] += (int) even1 - bias;
            sum[5] += (int) odd1 - bias;
            sum[6] += (int) (even1 >>> 32) - bias;
            sum[7] += (int) (odd1 >>> 32) - bias;
        }
    }

    /**
     * Packs the int sums {@code ints[from..from + STRIDE)} into {@code into[at..at + SUM_LONGS)}, each biased by
     * {@link #SUM_BIAS}, in the lanes a row gather accumulates: {@code into[at]} holds lanes 0 (low half) and 2,
     * then 1 and 3, 4 and 6, 5 and 7; the same as the accumulators of {@link #addRows} after {@code SUM_BIAS /
     * BIAS} rows, so that a packed sum is added to them with four long additions.
     *
     * @throws IllegalArgumentException when a sum is not within +-{@code SUM_BIAS}
     */
    static void packSums(int[] ints, int from, long[] into, int at) {
        for (int y = 0; y < BioTags.STRIDE; y++) {
            int v = ints[from + y];
            if (v <= -SUM_BIAS || v >= SUM_BIAS) {
                throw new IllegalArgumentException("sum " + v + " outside +-" + SUM_BIAS);
            }
        }
        into[at] = biased(ints[from]) | biased(ints[from + 2]) << 32;
        into[at + 1] = biased(ints[from + 1]) | biased(ints[from + 3]) << 32;
        into[at + 2] = biased(ints[from + 4]) | biased(ints[from + 6]) << 32;
        into[at + 3] = biased(ints[from + 5]) | biased(ints[from + 7]) << 32;
    }

    private static long biased(int v) {
        return (long) (v + SUM_BIAS);
    }

    /** Adds the quanta of row {@code rowId} to {@code into[at..at + STRIDE)}: two loads, each lane unbiased. */
    static void addRow(long[] rows, int rowId, int[] into, int at) {
        long low = rows[rowId * LONGS];
        long high = rows[rowId * LONGS + 1];
        into[at] += (int) (low & 0xFFFF) - BIAS;
        into[at + 1] += (int) (low >>> 16 & 0xFFFF) - BIAS;
        into[at + 2] += (int) (low >>> 32 & 0xFFFF) - BIAS;
        into[at + 3] += (int) (low >>> 48) - BIAS;
        into[at + 4] += (int) (high & 0xFFFF) - BIAS;
        into[at + 5] += (int) (high >>> 16 & 0xFFFF) - BIAS;
        into[at + 6] += (int) (high >>> 32 & 0xFFFF) - BIAS;
        into[at + 7] += (int) (high >>> 48) - BIAS;
    }
}
