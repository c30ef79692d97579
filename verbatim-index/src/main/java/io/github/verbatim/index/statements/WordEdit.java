package io.github.verbatim.index.statements;

import java.util.Objects;

/**
 * One change between two wordings of a quotation, at word level.
 *
 * @param position index of the first affected word in the reference wording (for an insertion, the word
 *                 it is inserted before)
 * @param removed  the reference words replaced or deleted, space-joined; empty for an insertion
 * @param added    the words put in their place, space-joined; empty for a deletion
 */
public record WordEdit(int position, String removed, String added) {
    public WordEdit {
        if (position < 0) {
            throw new IllegalArgumentException("negative position " + position);
        }
        Objects.requireNonNull(removed, "removed");
        Objects.requireNonNull(added, "added");
        if (removed.isEmpty() && added.isEmpty()) {
            throw new IllegalArgumentException("an edit must remove or add something");
        }
    }

    /** {@code [-removed-]{+added+}}, the form {@code git diff --word-diff} prints. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        if (!removed.isEmpty()) {
            sb.append("[-").append(removed).append("-]");
        }
        if (!added.isEmpty()) {
            sb.append("{+").append(added).append("+}");
        }
        return sb.toString();
    }
}
