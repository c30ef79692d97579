package io.github.verbatim.resolve;

import java.util.List;
import java.util.Objects;

/**
 * A phrase in the text that may refer to a speaker, as a UTF-16 range, with its tokens' normalised forms
 * and what kind of phrase it is. For names, {@code name} holds the name without title or role
 * ("Anthony Blinken") and {@code role} the role it was given in apposition ("US Secretary of State"), or
 * the empty string.
 */
record Mention(int start, int end, String text, List<String> forms, MentionKind kind, String name, String role) {
    Mention {
        Objects.requireNonNull(text, "text");
        forms = List.copyOf(forms);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** The last token of the name ("Blinken"), or the empty string. */
    String surname() {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }
}
