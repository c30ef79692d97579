package io.github.verbatim.index.speakers;

import java.util.List;
import java.util.Objects;

/**
 * A speaker across articles.
 *
 * @param id            stable id derived from the merged names, independent of input order
 * @param name          the name most articles use (ties: the longest, then alphabetical)
 * @param aliases       every other name seen, sorted
 * @param roles         roles seen, with dates, sorted by role
 * @param outlets       outlets that reported it, sorted
 * @param articles      number of articles naming it
 * @param statements    number of attributions it speaks
 * @param observations  ids of the observations merged into it, sorted
 */
public record RegisteredSpeaker(String id, String name, List<String> aliases, List<DatedRole> roles,
                                List<String> outlets, int articles, int statements, List<String> observations) {
    public RegisteredSpeaker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        outlets = List.copyOf(outlets);
        observations = List.copyOf(observations);
    }
}
