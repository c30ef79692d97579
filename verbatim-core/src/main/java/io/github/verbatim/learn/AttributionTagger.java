package io.github.verbatim.learn;

import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tags the tokens of a segmented article paragraph by paragraph with a {@link TaggerModel} and reads the
 * source, cue and content spans off the tags. Thread-safe: all state lives in the call.
 */
public final class AttributionTagger {

    private final TaggerModel model;

    public AttributionTagger(TaggerModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** The model in use. */
    public TaggerModel model() {
        return model;
    }

    /** Tags for every token of {@code segmentation}. */
    public int[] tags(Segmentation segmentation) {
        return model.tag(segmentation);
    }

    /** The spans of {@code segmentation}, in text order. */
    public List<TaggedSpan> tag(Segmentation segmentation) {
        return spans(segmentation, tags(segmentation));
    }

    /** Reads spans off a tag sequence: a begin tag opens a span, inside tags of its role extend it. */
    public static List<TaggedSpan> spans(Segmentation segmentation, int[] tags) {
        List<Token> tokens = segmentation.tokens();
        List<TaggedSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            if (tags[i] == BioTags.O) {
                i++;
                continue;
            }
            AttributionRole role = BioTags.role(tags[i]);
            int j = i + 1;
            while (j < tags.length && tags[j] == BioTags.inside(role)) {
                j++;
            }
            spans.add(new TaggedSpan(role, i, j, tokens.get(i).start(), tokens.get(j - 1).end()));
            i = j;
        }
        return spans;
    }
}
