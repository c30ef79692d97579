package io.github.verbatim.context;

import java.util.List;
import java.util.Objects;

/**
 * A speaker entity of the article and the names it goes by, so that mentions can be linked to it.
 *
 * @param id    article-local speaker id ("e1")
 * @param names its name and aliases ("Anthony Blinken", "Blinken"); at least one
 */
public record SpeakerNames(String id, List<String> names) {
    public SpeakerNames {
        Objects.requireNonNull(id, "id");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("speaker " + id + " has no name");
        }
    }
}
