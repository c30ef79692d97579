package io.github.verbatim.model;

import java.util.List;
import java.util.Objects;

/**
 * A speaker entity within one article: the cluster of source mentions that refer to the same person,
 * organisation or document.
 *
 * @param id       article-local id ({@code e1}, {@code e2}, ...), referenced by {@link SpeakerRef#id()}
 * @param name     the fullest name the article uses ("Anthony Blinken")
 * @param aliases  the other ways the article names it ("Blinken", "the secretary of state"), in first-seen order
 * @param roles    roles the article gives it ("US Secretary of State")
 * @param mentions how many mentions in the article resolve to it
 */
public record Speaker(String id, String name, List<String> aliases, List<String> roles, int mentions) {
    public Speaker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        if (mentions < 0) {
            throw new IllegalArgumentException("negative mention count " + mentions);
        }
    }
}
