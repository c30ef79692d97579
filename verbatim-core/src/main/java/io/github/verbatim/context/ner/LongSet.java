package io.github.verbatim.context.ner;

/** An open-addressing set of non-zero longs, for per-document word statistics without boxing. */
final class LongSet {

    private long[] slots = new long[256];
    private int size;

    void add(long key) {
        if (key == 0) {
            key = 1;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = home(key);
        while (slots[i] != 0) {
            if (slots[i] == key) {
                return;
            }
            i = (i + 1) & mask;
        }
        slots[i] = key;
        size++;
    }

    boolean contains(long key) {
        if (key == 0) {
            key = 1;
        }
        int mask = slots.length - 1;
        int i = home(key);
        while (slots[i] != 0) {
            if (slots[i] == key) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /** The first slot to probe: the top bits of a multiplicative mix, so that FNV hashes spread evenly. */
    private int home(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(slots.length)));
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long k : old) {
            if (k != 0) {
                add(k);
            }
        }
    }
}
