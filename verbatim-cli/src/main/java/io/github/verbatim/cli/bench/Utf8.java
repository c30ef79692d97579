package io.github.verbatim.cli.bench;

/** UTF-8 sizes of text without encoding it. Stateless. */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * The number of bytes {@code text} takes in UTF-8, the same as {@code text.getBytes(UTF_8).length}
     * (an unpaired surrogate counts as one byte: {@code getBytes} writes '?' in its place).
     */
    public static long length(CharSequence text) {
        long bytes = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes += 1;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
