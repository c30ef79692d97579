package io.github.verbatim.eval;

/**
 * Counts behind a precision/recall/F1 figure. Precision and recall keep separate numerators because a
 * one-to-many metric may match a different number of predicted and gold items.
 *
 * @param matchedPredicted predicted items that matched
 * @param predicted        all predicted items
 * @param matchedGold      gold items that matched
 * @param gold             all gold items
 */
public record Prf(long matchedPredicted, long predicted, long matchedGold, long gold) {

    public static final Prf ZERO = new Prf(0, 0, 0, 0);

    public Prf {
        if (matchedPredicted < 0 || matchedPredicted > predicted || matchedGold < 0 || matchedGold > gold) {
            throw new IllegalArgumentException("inconsistent counts " + matchedPredicted + "/" + predicted + ", "
                    + matchedGold + "/" + gold);
        }
    }

    /** A metric where each match pairs one predicted with one gold item. */
    public static Prf oneToOne(long matches, long predicted, long gold) {
        return new Prf(matches, predicted, matches, gold);
    }

    public Prf plus(Prf o) {
        return new Prf(matchedPredicted + o.matchedPredicted, predicted + o.predicted,
                matchedGold + o.matchedGold, gold + o.gold);
    }

    /** Precision; 0 when nothing was predicted. */
    public double precision() {
        return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
    }

    /** Recall; 0 when there is no gold item. */
    public double recall() {
        return gold == 0 ? 0 : (double) matchedGold / gold;
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
