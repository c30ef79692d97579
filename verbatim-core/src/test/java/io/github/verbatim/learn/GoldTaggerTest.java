package io.github.verbatim.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.verbatim.eval.GoldAttribution;
import io.github.verbatim.model.Span;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldTaggerTest {

    private static final int O = BioTags.O;
    private static final int BS = BioTags.begin(AttributionRole.SOURCE);
    private static final int IS = BioTags.inside(AttributionRole.SOURCE);
    private static final int BC = BioTags.begin(AttributionRole.CUE);
    private static final int BN = BioTags.begin(AttributionRole.CONTENT);
    private static final int IN = BioTags.inside(AttributionRole.CONTENT);

    @Test
    void projectsSpansOntoTokens() {
        // The mayor=0..9 said=10..14 taxes will fall=20..36
        String text = "The mayor said that taxes will fall.";
        Segmentation s = new Segmenter().segment(text);
        GoldAttribution a = new GoldAttribution("E1", List.of(new Span(20, 35)), List.of(new Span(10, 14)),
                List.of(new Span(0, 9)));
        assertArrayEquals(new int[] {BS, IS, BC, O, BN, IN, IN, O}, GoldTagger.tags(s, List.of(a)));
    }

    @Test
    void anInterruptingCueSplitsTheContentIntoTwoSpans() {
        // “We will,” he said, “win.”
        String text = "“We will,” he said, “win.”";
        Segmentation s = new Segmenter().segment(text);
        GoldAttribution a = new GoldAttribution("E1", List.of(new Span(0, 10), new Span(20, 26)),
                List.of(new Span(14, 18)), List.of(new Span(11, 13)));
        int[] tags = GoldTagger.tags(s, List.of(a));
        // “ We will , ” he said , “ win . ”
        assertArrayEquals(new int[] {BN, IN, IN, IN, IN, BS, BC, O, BN, IN, IN, IN}, tags);
    }

    @Test
    void repairTurnsOrphanInsideTagsIntoBeginTags() {
        int[] tags = {IN, IN, O, IS, BC, IN};
        GoldTagger.repair(tags);
        assertArrayEquals(new int[] {BN, IN, O, BS, BC, BN}, tags);
    }
}
