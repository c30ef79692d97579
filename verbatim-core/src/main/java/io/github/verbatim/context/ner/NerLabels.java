package io.github.verbatim.context.ner;

/**
 * The BIO label set: 0 is O, {@code 1 + type.ordinal()} is B-type, {@code 5 + type.ordinal()} is I-type.
 * Static helpers only.
 */
final class NerLabels {

    static final int COUNT = 1 + 2 * EntityType.values().length;
    static final int O = 0;
    private static final EntityType[] TYPES = EntityType.values();

    private NerLabels() {
    }

    static int begin(EntityType type) {
        return 1 + type.ordinal();
    }

    static int inside(EntityType type) {
        return 1 + TYPES.length + type.ordinal();
    }

    static boolean isBegin(int label) {
        return label >= 1 && label <= TYPES.length;
    }

    static boolean isInside(int label) {
        return label > TYPES.length;
    }

    /** The type of a B or I label; undefined for O. */
    static EntityType type(int label) {
        return TYPES[(label - 1) % TYPES.length];
    }

    /** Whether {@code label} may follow {@code previous} in BIO: I-x only after B-x or I-x. */
    static boolean allowed(int previous, int label) {
        if (!isInside(label)) {
            return true;
        }
        return previous != O && type(previous) == type(label);
    }
}
