package io.github.verbatim.index.statements;

import java.util.List;
import java.util.Objects;

/**
 * A wording of a direct quotation that differs, inside the quotation marks, from the statement's reference
 * wording, with the word-level edits that lead there and who printed it.
 *
 * @param text      the variant wording (as the earliest report printing it has it)
 * @param edits     edits from the reference wording to this one, never empty
 * @param outlets   the outlets that printed this wording, sorted, unknown outlets omitted
 * @param reportIds the reports carrying it, sorted
 */
public record Variant(String text, List<WordEdit> edits, List<String> outlets, List<String> reportIds) {
    public Variant {
        Objects.requireNonNull(text, "text");
        edits = List.copyOf(edits);
        outlets = List.copyOf(outlets);
        reportIds = List.copyOf(reportIds);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a variant differs from the reference: edits must not be empty");
        }
    }
}
