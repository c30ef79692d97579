package io.github.verbatim.index.speakers;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A role a speaker was given, with the dates of the first and last article giving it (null when no such
 * article had a date): "US Secretary of State" as of 2021-03-24.
 */
public record DatedRole(String role, LocalDate firstSeen, LocalDate lastSeen) {
    public DatedRole {
        Objects.requireNonNull(role, "role");
    }
}
