package org.parley.launcher.eval;

import java.util.List;

/** Extraction quality figures and the items behind them. */
public record Score(int systemEngagements, int matched, int matchedOptional, int requiredGold,
                    double precision, double recall, double f1, double statusAccuracy, double dayAccuracy,
                    double personsPrecision, double personsRecall, double personsF1,
                    List<String> missed, List<String> spurious, List<String> spuriousPersons, List<String> missedPersons) {

    public String report() {
        StringBuilder out = new StringBuilder();
        out.append("Engagements: %d stored, %d matched (+%d optional), %d required%n"
                .formatted(systemEngagements, matched, matchedOptional, requiredGold));
        out.append("  precision %.3f  recall %.3f  F1 %.3f%n".formatted(precision, recall, f1));
        out.append("  status accuracy %.3f  day accuracy %.3f%n".formatted(statusAccuracy, dayAccuracy));
        out.append("Persons: precision %.3f  recall %.3f  F1 %.3f%n".formatted(personsPrecision, personsRecall, personsF1));
        missed.forEach(item -> out.append("  missed engagement: ").append(item).append('\n'));
        spurious.forEach(item -> out.append("  spurious engagement: ").append(item).append('\n'));
        missedPersons.forEach(item -> out.append("  missed person: ").append(item).append('\n'));
        spuriousPersons.forEach(item -> out.append("  spurious person: ").append(item).append('\n'));
        return out.toString();
    }
}
