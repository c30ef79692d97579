package io.github.verbatim.learn;

/**
 * Weight rows of 8-bit quanta packed eight to a {@code long} ({@link BioTags#STRIDE} is 8), so that a row is
 * one load and rows are summed eight lanes at a time inside two longs. A quantum {@code q} in
 * {@code -MAX_QUANTUM..MAX_QUANTUM} is stored biased, as the unsigned byte {@code q + 128}, lane {@code y} in
 * bits {@code 8y..8y+7}. Summing splits each row into its even and odd lanes widened to 16 bits
 * ({@code row & 0x00FF00FF00FF00FF} and {@code (row >>> 8) & 0x00FF00FF00FF00FF}); up to {@value #CHUNK} rows
 * cannot carry out of a 16-bit lane (255 * 256 < 65,536), and the bias comes off once per chunk. The sums are
 * exactly the int sums of the signed quanta. Stateless.
 */
final class PackedQuanta {

    /** Rows summed in 16-bit lanes before they are moved to ints. */
    static final int CHUNK = 256;
    private static final int BIAS = 128;
    private static final long LANES = 0x00FF00FF00FF00FFL;

    private PackedQuanta() {
    }

    /** Packs {@code quanta} ({@code STRIDE} per row, each within +-{@link TaggerModel#MAX_QUANTUM}) into rows. */
    static long[] pack(byte[] quanta) {
        if (quanta.length % BioTags.STRIDE != 0) {
            throw new IllegalArgumentException(quanta.length + " quanta are not whole rows of " + BioTags.STRIDE);
        }
        long[] rows = new long[quanta.length / BioTags.STRIDE];
        for (int r = 0; r < rows.length; r++) {
            long row = 0;
            for (int y = 0; y < BioTags.STRIDE; y++) {
                int q = quanta[r * BioTags.STRIDE + y];
                if (q < -TaggerModel.MAX_QUANTUM || q > TaggerModel.MAX_QUANTUM) {
                    throw new IllegalArgumentException("quantum " + q + " out of range");
                }
                row |= (long) (q + BIAS) << (8 * y);
            }
            rows[r] = row;
        }
        return rows;
    }

    /** The signed quantum of lane {@code index % STRIDE} of row {@code index / STRIDE}. */
    static int quantum(long[] rows, int index) {
        return (int) (rows[index >>> 3] >>> ((index & 7) * 8) & 0xFF) - BIAS;
    }

    /** Adds the quanta of the rows {@code rowIds[from..to)} to {@code sum[0..STRIDE)}. */
    static void addRows(long[] rows, int[] rowIds, int from, int to, int[] sum) {
        for (int start = from; start < to; start += CHUNK) {
            int end = Math.min(to, start + CHUNK);
            long even = 0;
            long odd = 0;
            for (int k = start; k < end; k++) {
                long row = rows[rowIds[k]];
                even += row & LANES;
                odd += row >>> 8 & LANES;
            }
            int bias = BIAS * (end - start);
            sum[0] += (int) (even & 0xFFFF) - bias;
            sum[1] += (int) (odd & 0xFFFF) - bias;
            sum[2] += (int) (even >>> 16 & 0xFFFF) - bias;
            sum[3] += (int) (odd >>> 16 & 0xFFFF) - bias;
            sum[4] += (int) (even >>> 32 & 0xFFFF) - bias;
            sum[5] += (int) (odd >>> 32 & 0xFFFF) - bias;
            sum[6] += (int) (even >>> 48 & 0xFFFF) - bias;
            sum[7] += (int) (odd >>> 48 & 0xFFFF) - bias;
        }
    }

    /** Adds the quanta of row {@code rowId} to {@code into[at..at + STRIDE)}. */
    static void addRow(long[] rows, int rowId, short[] into, int at) {
        long row = rows[rowId];
        for (int y = 0; y < BioTags.STRIDE; y++) {
            into[at + y] = (short) (into[at + y] + (int) (row >>> (8 * y) & 0xFF) - BIAS);
        }
    }
}
