package io.github.verbatim.context.ner;

import io.github.verbatim.eval.Prf;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Segmenter;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores a {@link NerTagger} against labelled documents. Labels are first aligned to token boundaries (as for
 * training), so a score measures the tagger, not tokenisation differences with the labeller.
 */
public final class NerEvaluator {

    private final NerTagger tagger;
    private final Segmenter segmenter = new Segmenter();

    public NerEvaluator(NerTagger tagger) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
    }

    /** Exact-match scores per type over {@code documents}. */
    public NerScores evaluate(List<NerDocument> documents) {
        Map<EntityType, long[]> counts = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            counts.put(t, new long[3]); // matched, predicted, gold
        }
        for (NerDocument doc : documents) {
            Segmentation seg = segmenter.segment(doc.text());
            List<GoldEntity> gold = TokenAlignment.aligned(seg, TokenAlignment.labels(seg, doc.entities()));
            Set<GoldEntity> goldSet = new HashSet<>(gold);
            for (GoldEntity g : gold) {
                counts.get(g.type())[2]++;
            }
            for (EntityMention m : tagger.tag(seg)) {
                long[] c = counts.get(m.type());
                c[1]++;
                if (goldSet.contains(new GoldEntity(m.span(), m.type()))) {
                    c[0]++;
                }
            }
        }
        Map<EntityType, Prf> byType = new EnumMap<>(EntityType.class);
        counts.forEach((t, c) -> byType.put(t, Prf.oneToOne(c[0], c[1], c[2])));
        return new NerScores(byType);
    }
}
