package io.github.verbatim.index.speakers;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The registry's answer: every speaker, by statement count, and which speaker each observation went to.
 *
 * @param speakers  speakers, most statements first
 * @param speakerOf observation id to speaker id
 */
public record SpeakerDirectory(List<RegisteredSpeaker> speakers, Map<String, String> speakerOf) {
    public SpeakerDirectory {
        speakers = List.copyOf(speakers);
        speakerOf = Map.copyOf(speakerOf);
    }

    /** The id of the speaker observation {@code observationId} was merged into. */
    public String speakerIdOf(String observationId) {
        String id = speakerOf.get(observationId);
        if (id == null) {
            throw new IllegalArgumentException("unknown observation id '" + observationId + "'");
        }
        return Objects.requireNonNull(id);
    }
}
