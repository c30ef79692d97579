package io.github.verbatim.index.speakers;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article's speaker as the registry sees it: the name the article uses, its other names and roles there,
 * and the article's outlet and date. Free of storage types.
 *
 * @param id         unique, stable id (the store uses {@code articleKey#speakerId})
 * @param articleKey the article's store key
 * @param outlet     outlet, or null
 * @param published  article date, or null
 * @param name       the fullest name the article uses
 * @param aliases    other names the article uses for it
 * @param roles      roles the article gives it ("US Secretary of State")
 * @param statements how many attributions of the article it speaks
 */
public record SpeakerObservation(String id, String articleKey, String outlet, LocalDate published, String name,
                                 List<String> aliases, List<String> roles, int statements)
        implements java.io.Serializable {
    public SpeakerObservation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleKey, "articleKey");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        if (statements < 0) {
            throw new IllegalArgumentException("negative statement count " + statements);
        }
    }
}
