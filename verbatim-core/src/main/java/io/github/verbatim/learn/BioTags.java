package io.github.verbatim.learn;

/**
 * The tag alphabet of the sequence tagger: {@code O} plus a begin and an inside tag for each
 * {@link AttributionRole}, as small ints so that tagging allocates nothing.
 *
 * <p>Tag numbering: {@code 0} is {@code O}; role {@code r} begins with {@code 1 + 2r} and continues with
 * {@code 2 + 2r}. An inside tag may only follow the begin or inside tag of the same role.
 */
public final class BioTags {

    /** Outside any span. */
    public static final int O = 0;
    /** Number of tags. */
    public static final int COUNT = 1 + 2 * AttributionRole.values().length;
    /** Stride of a feature's row in the weight table (next power of two above {@link #COUNT}). */
    public static final int STRIDE = 8;

    private static final AttributionRole[] ROLES = AttributionRole.values();

    private BioTags() {
    }

    /** The begin tag of {@code role}. */
    public static int begin(AttributionRole role) {
        return 1 + 2 * role.ordinal();
    }

    /** The inside tag of {@code role}. */
    public static int inside(AttributionRole role) {
        return 2 + 2 * role.ordinal();
    }

    /** The role of a begin or inside tag; null for {@link #O}. */
    public static AttributionRole role(int tag) {
        checkTag(tag);
        return tag == O ? null : ROLES[(tag - 1) / 2];
    }

    /** True for a begin tag. */
    public static boolean isBegin(int tag) {
        checkTag(tag);
        return tag != O && (tag - 1) % 2 == 0;
    }

    /** True when {@code next} may follow {@code previous}; {@code previous < 0} means sequence start. */
    public static boolean allowed(int previous, int next) {
        if (next == O || isBegin(next)) {
            return true;
        }
        return previous > O && role(previous) == role(next);
    }

    /** Readable name: O, B-SOURCE, I-CONTENT, ... */
    public static String name(int tag) {
        return tag == O ? "O" : (isBegin(tag) ? "B-" : "I-") + role(tag);
    }

    private static void checkTag(int tag) {
        if (tag < 0 || tag >= COUNT) {
            throw new IllegalArgumentException("tag " + tag + " outside [0, " + COUNT + ")");
        }
    }
}
