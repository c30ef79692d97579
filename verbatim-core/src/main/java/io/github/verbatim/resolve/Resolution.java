package io.github.verbatim.resolve;

import io.github.verbatim.model.Speaker;
import io.github.verbatim.model.SpeakerRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What speaker resolution decided for one document: the speaker entities, and for each candidate (same
 * order as given) its speaker (null when unresolved) and the sieve that decided it.
 */
public record Resolution(List<Speaker> speakers, List<SpeakerRef> refs, List<String> sieves) {
    public Resolution {
        speakers = List.copyOf(speakers);
        refs = Collections.unmodifiableList(new ArrayList<>(refs));
        sieves = List.copyOf(sieves);
        if (refs.size() != sieves.size()) {
            throw new IllegalArgumentException("one sieve name per candidate: " + refs.size() + " vs " + sieves.size());
        }
    }
}
