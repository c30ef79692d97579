package io.github.verbatim.index.speakers;

import io.github.verbatim.model.ArticleMetadata;
import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.Speaker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns one article's result into the observations the registry reads. Plain Java, stateless. */
public final class SpeakerObservations {

    private SpeakerObservations() {
    }

    /** The id of the article-local speaker {@code speakerId} of the article keyed {@code articleKey}. */
    public static String observationId(String articleKey, String speakerId) {
        return articleKey + "#" + speakerId;
    }

    /** One observation per speaker of {@code result}, counting the attributions each speaks. */
    public static List<SpeakerObservation> of(String articleKey, DocumentResult result) {
        ArticleMetadata meta = result.article().metadata();
        Map<String, Integer> statements = new HashMap<>();
        for (Attribution a : result.attributions()) {
            if (a.speaker() != null) {
                statements.merge(a.speaker().id(), 1, Integer::sum);
            }
        }
        List<SpeakerObservation> out = new ArrayList<>(result.speakers().size());
        for (Speaker s : result.speakers()) {
            out.add(new SpeakerObservation(observationId(articleKey, s.id()), articleKey, meta.outlet(),
                    meta.published(), s.name(), s.aliases(), s.roles(), statements.getOrDefault(s.id(), 0)));
        }
        return out;
    }
}
