package io.github.verbatim.learn;

import java.util.List;
import java.util.Objects;

/** An article with its gold attributions, as training data. */
public record TrainingArticle(String id, String text, List<GoldAttribution> attributions) {
    public TrainingArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        attributions = List.copyOf(attributions);
    }
}
