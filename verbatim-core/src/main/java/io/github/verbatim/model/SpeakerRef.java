package io.github.verbatim.model;

import java.util.Objects;

/**
 * The speaker entity an attribution's source resolves to, by its article-local id ({@code e1}, {@code e2}, ...)
 * and display name. Refers to one entry of {@link DocumentResult#speakers()}.
 */
public record SpeakerRef(String id, String name) {
    public SpeakerRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
