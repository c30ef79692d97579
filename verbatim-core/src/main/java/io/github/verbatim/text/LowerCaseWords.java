package io.github.verbatim.text;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A fixed set of lower-case words that answers whether a region of a text, lower-cased with
 * {@code toLowerCase(Locale.ROOT)}, is one of them — without copying or lower-casing the region when it is
 * ASCII (the common case); other regions take the copying path, so the answer is always exactly
 * {@code words.contains(text.substring(start, end).toLowerCase(Locale.ROOT))}.
 *
 * <p>Immutable and thread-safe.
 */
public final class LowerCaseWords {

    private final Set<String> words;
    /**
     * Open addressing of the ASCII words, first slot from the top bits of a multiplicative mix of their
     * {@link #hash} (kept beside each word, so most probes compare ints); null marks a free slot.
     */
    private final String[] slots;
    private final int[] slotHashes;
    private final int shift;
    private final int maxLength;
    /** Bit c set when some word starts with the ASCII char c. */
    private final long firstLow;
    private final long firstHigh;

    private LowerCaseWords(Set<String> words) {
        this.words = words;
        int max = 0;
        int ascii = 0;
        for (String w : words) {
            max = Math.max(max, w.length());
            if (isAscii(w)) {
                ascii++;
            }
        }
        maxLength = max;
        long low = 0;
        long high = 0;
        for (String w : words) {
            char c = w.charAt(0);
            if (c < 64) {
                low |= 1L << c;
            } else if (c < 128) {
                high |= 1L << (c - 64);
            }
        }
        firstLow = low;
        firstHigh = high;
        slots = new String[Integer.highestOneBit(Math.max(8, ascii * 4)) * 2]; // at most a quarter full
        slotHashes = new int[slots.length];
        shift = 32 - Integer.numberOfTrailingZeros(slots.length);
        int mask = slots.length - 1;
        for (String w : words) {
            if (!isAscii(w)) {
                continue;
            }
            int h = hash(w, 0, w.length());
            int i = home(h);
            while (slots[i] != null) {
                i = (i + 1) & mask;
            }
            slots[i] = w;
            slotHashes[i] = h;
        }
    }

    /**
     * The set of {@code words}.
     *
     * @throws IllegalArgumentException when a word is empty or not in lower case
     */
    public static LowerCaseWords of(String... words) {
        for (String w : words) {
            Objects.requireNonNull(w, "word");
            if (w.isEmpty() || !w.equals(w.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("not a lower-case word: '" + w + "'");
            }
        }
        return new LowerCaseWords(Set.of(words));
    }

    /** Whether {@code text[start, end)} lower-cased is one of the words. */
    public boolean contains(String text, int start, int end) {
        int length = end - start;
        if (length > 0) {
            char first = text.charAt(start);
            // an ASCII char lower-cases to one char, so the copy would start with lowerAscii(first)
            if (first < 0x80 && !startsSomeWord(lowerAscii(first))) {
                return false;
            }
        }
        if (length <= 0 || length > maxLength) {
            // lower-casing an ASCII region keeps its length; other regions go the copying way
            return length > 0 && !isAscii(text, start, end) && containsCopy(text, start, end);
        }
        if (!isAscii(text, start, end)) {
            return containsCopy(text, start, end);
        }
        int mask = slots.length - 1;
        int h = hash(text, start, end);
        int i = home(h);
        while (slots[i] != null) {
            if (slotHashes[i] == h && equalsLowerAscii(slots[i], text, start, end)) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /** Whether the whole of {@code word} lower-cased is one of the words. */
    public boolean contains(String word) {
        return contains(word, 0, word.length());
    }

    /**
     * Whether {@code text[start, end)} lower-cased with {@code toLowerCase(Locale.ROOT)} equals
     * {@code lowerWord} (itself in lower case), without copying an ASCII region.
     */
    public static boolean equalsLower(String text, int start, int end, String lowerWord) {
        if (start < end && !lowerWord.isEmpty()) {
            char first = text.charAt(start);
            if (first < 0x80 && lowerAscii(first) != lowerWord.charAt(0)) {
                return false; // an ASCII char lower-cases to one char: the copy would start with lowerAscii(first)
            }
        }
        if (isAscii(text, start, end)) {
            return equalsLowerAscii(lowerWord, text, start, end);
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT).equals(lowerWord);
    }

    private boolean startsSomeWord(char c) {
        return c < 64 ? (firstLow & 1L << c) != 0 : (firstHigh & 1L << (c - 64)) != 0;
    }

    private boolean containsCopy(String text, int start, int end) {
        return words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    private static boolean equalsLowerAscii(String word, String text, int start, int end) {
        if (word.length() != end - start) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) != lowerAscii(text.charAt(start + k))) {
                return false;
            }
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private int home(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    private static int hash(String text, int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            h = 31 * h + lowerAscii(text.charAt(k));
        }
        return h ^ (h >>> 16);
    }

    private static boolean isAscii(String s) {
        return isAscii(s, 0, s.length());
    }

    private static boolean isAscii(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (text.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
