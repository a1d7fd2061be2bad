package org.parley.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Extraction quality counts and the items behind them; scores of several articles add up with {@link #plus}.
 * Status accuracy is over every matched pair (optional items too), day accuracy over matched pairs whose gold date
 * is a single day.
 */
public record Score(int systemEngagements, int matched, int matchedOptional, int requiredGold, int statusRight,
                    int dayPairs, int dayRight, int personsStored, int personsFound, int personsGold,
                    List<String> items) {

    public static final Score NONE = new Score(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());

    public Score plus(Score other) {
        List<String> all = new ArrayList<>(items);
        all.addAll(other.items);
        return new Score(systemEngagements + other.systemEngagements, matched + other.matched,
                matchedOptional + other.matchedOptional, requiredGold + other.requiredGold,
                statusRight + other.statusRight, dayPairs + other.dayPairs, dayRight + other.dayRight,
                personsStored + other.personsStored, personsFound + other.personsFound, personsGold + other.personsGold,
                List.copyOf(all));
    }

    /** The same score with each item prefixed, e.g. by the article it is about. */
    public Score labelled(String label) {
        return new Score(systemEngagements, matched, matchedOptional, requiredGold, statusRight, dayPairs, dayRight,
                personsStored, personsFound, personsGold, items.stream().map(item -> label + " " + item).toList());
    }

    /** Optional items matched are neither rewarded nor punished: they leave the denominator. */
    public double precision() {
        return ratio(matched, systemEngagements - matchedOptional);
    }

    public double recall() {
        return ratio(matched, requiredGold);
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public double statusAccuracy() {
        return ratio(statusRight, matched + matchedOptional);
    }

    public double dayAccuracy() {
        return ratio(dayRight, dayPairs);
    }

    public double personsPrecision() {
        return ratio(personsFound, personsStored);
    }

    public double personsRecall() {
        return ratio(personsFound, personsGold);
    }

    public double personsF1() {
        return f1(personsPrecision(), personsRecall());
    }

    /** One line of figures. */
    public String summary() {
        return String.format("engagements P=%.3f R=%.3f F1=%.3f (system %d, matched %d, matched optional %d, "
                        + "gold required %d); status %.3f; day %.3f (%d/%d); persons P=%.3f R=%.3f F1=%.3f",
                precision(), recall(), f1(), systemEngagements, matched, matchedOptional, requiredGold,
                statusAccuracy(), dayAccuracy(), dayRight, dayPairs, personsPrecision(), personsRecall(), personsF1());
    }

    /** The figures, then every item behind them. */
    public String report() {
        StringBuilder out = new StringBuilder(summary()).append('\n');
        items.forEach(item -> out.append("  ").append(item).append('\n'));
        return out.toString();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
