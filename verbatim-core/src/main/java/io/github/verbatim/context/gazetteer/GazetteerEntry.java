package io.github.verbatim.context.gazetteer;

import java.util.Objects;

/**
 * One name a gazetteer knows.
 *
 * @param name        the name as written in the source list ("Beijing")
 * @param kind        what it denotes
 * @param countryCode ISO 3166 alpha-2 code of the country it belongs to ("CN")
 * @param refersTo    the canonical name a mention of it is normalised to ("China", "Government of Russia")
 */
public record GazetteerEntry(String name, GazetteerKind kind, String countryCode, String refersTo) {
    public GazetteerEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(refersTo, "refersTo");
    }
}
