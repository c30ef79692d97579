package io.github.verbatim.clean;

import java.util.Objects;

/**
 * A stretch of scraping residue as a UTF-16 range {@code [start, end)} of the original text, with its kind
 * ({@code repeated-headline}, {@code repeated-line}, {@code insert}, {@code share}, {@code photo-credit},
 * {@code boilerplate}). The pipeline converts it to the contract's code point {@code Residue}.
 */
public record ResidueSpan(int start, int end, String kind) {
    public ResidueSpan {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid residue range " + start + ".." + end);
        }
    }

    /** True when the char range {@code [from, to)} shares a char with this residue. */
    public boolean overlaps(int from, int to) {
        return from < end && start < to;
    }
}
