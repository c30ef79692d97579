package io.github.verbatim.context.ner;

import io.github.verbatim.eval.Prf;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Exact-match precision, recall and F1 of predicted names against labelled ones, per type: a prediction
 * matches when its span and type equal a labelled name's.
 *
 * @param byType counts per type (every type present)
 */
public record NerScores(Map<EntityType, Prf> byType) {

    public NerScores {
        Objects.requireNonNull(byType, "byType");
        EnumMap<EntityType, Prf> copy = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            copy.put(t, byType.getOrDefault(t, Prf.ZERO));
        }
        byType = java.util.Collections.unmodifiableMap(copy);
    }

    /** Scores for one type. */
    public Prf of(EntityType type) {
        return byType.get(type);
    }

    /** Micro-averaged counts over PER, ORG and LOC. */
    public Prf perOrgLoc() {
        return of(EntityType.PER).plus(of(EntityType.ORG)).plus(of(EntityType.LOC));
    }

    /** Micro-averaged counts over all four types. */
    public Prf all() {
        return perOrgLoc().plus(of(EntityType.MISC));
    }

    /** A fixed-width table: one line per type, then PER+ORG+LOC and ALL. */
    public String format() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-12s %6s %6s %6s %7s %7s%n",
                "type", "P", "R", "F1", "gold", "pred"));
        for (EntityType t : EntityType.values()) {
            line(b, t.name(), of(t));
        }
        line(b, "PER+ORG+LOC", perOrgLoc());
        line(b, "ALL", all());
        return b.toString();
    }

    private static void line(StringBuilder b, String name, Prf p) {
        b.append(String.format(Locale.ROOT, "%-12s %6.3f %6.3f %6.3f %7d %7d%n", name, p.precision(), p.recall(),
                p.f1(), p.gold(), p.predicted()));
    }
}
