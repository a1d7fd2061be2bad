package org.parley.launcher.eval;

import org.parley.launcher.eval.GoldStandard.GoldEngagement;
import org.parley.launcher.eval.SystemRecord.SystemEngagement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Scores a stored record against a gold standard by the rules of shared/eval/README.md. */
public final class Scorer {

    private Scorer() {
    }

    public static Score score(GoldStandard gold, SystemRecord system) {
        List<SystemEngagement> found = system.engagements();
        List<GoldEngagement> required = gold.engagements().stream().filter(g -> !g.optional()).toList();
        List<GoldEngagement> optional = gold.engagements().stream().filter(GoldEngagement::optional).toList();

        // Match required gold items first, so an optional item never takes a system record a required one could use.
        int[] requiredMatch = match(gold, found, required, new boolean[found.size()]);
        boolean[] used = new boolean[found.size()];
        for (int s : requiredMatch) {
            if (s >= 0) {
                used[s] = true;
            }
        }
        int[] optionalMatch = match(gold, found, optional, used);

        int matched = 0;
        int statusRight = 0;
        int dayPairs = 0;
        int dayRight = 0;
        List<String> missed = new ArrayList<>();
        for (int g = 0; g < required.size(); g++) {
            GoldEngagement expected = required.get(g);
            if (requiredMatch[g] < 0) {
                missed.add(expected.id());
                continue;
            }
            SystemEngagement actual = found.get(requiredMatch[g]);
            matched++;
            if (expected.statuses().contains(actual.status())) {
                statusRight++;
            }
            if (expected.singleDay()) {
                dayPairs++;
                if (expected.from().equals(actual.start())) {
                    dayRight++;
                }
            }
        }
        int matchedOptional = (int) Arrays.stream(optionalMatch).filter(s -> s >= 0).count();
        Set<Integer> matchedSystem = new HashSet<>();
        Arrays.stream(requiredMatch).filter(s -> s >= 0).forEach(matchedSystem::add);
        Arrays.stream(optionalMatch).filter(s -> s >= 0).forEach(matchedSystem::add);
        List<String> spurious = new ArrayList<>();
        for (int s = 0; s < found.size(); s++) {
            if (!matchedSystem.contains(s)) {
                spurious.add(found.get(s).toString());
            }
        }
        int scoredSystem = found.size() - matchedOptional;
        double precision = ratio(matched, scoredSystem);
        double recall = ratio(matched, required.size());

        Set<String> personsFound = new LinkedHashSet<>();
        List<String> spuriousPersons = new ArrayList<>();
        for (String person : system.persons()) {
            String canonical = gold.canonical(person).filter(gold.persons()::contains).orElse(null);
            if (canonical == null || !personsFound.add(canonical)) {
                spuriousPersons.add(person);
            }
        }
        List<String> missedPersons = gold.persons().stream().filter(p -> !personsFound.contains(p)).sorted().toList();
        double personsPrecision = ratio(personsFound.size(), system.persons().size());
        double personsRecall = ratio(personsFound.size(), gold.persons().size());

        return new Score(found.size(), matched, matchedOptional, required.size(), precision, recall, f1(precision, recall),
                ratio(statusRight, matched), ratio(dayRight, dayPairs), personsPrecision, personsRecall,
                f1(personsPrecision, personsRecall), missed, spurious, spuriousPersons, missedPersons);
    }

    static boolean compatible(GoldStandard gold, SystemEngagement actual, GoldEngagement expected) {
        if (!expected.types().contains(actual.type())) {
            return false;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String participant : actual.participants()) {
            names.add(gold.canonical(participant).orElse("?" + participant));
        }
        Set<String> common = new HashSet<>(names);
        common.retainAll(expected.participants());
        Set<String> union = new HashSet<>(names);
        union.addAll(expected.participants());
        if (common.size() < Math.min(2, expected.participants().size()) || (double) common.size() / union.size() < 0.5) {
            return false;
        }
        if (expected.from() == null) {
            return true;
        }
        return actual.start() != null && !actual.start().isAfter(expected.to()) && !actual.end().isBefore(expected.from());
    }

    /** Maximum one-to-one matching (augmenting paths); returns the system index per gold item, or -1. */
    private static int[] match(GoldStandard gold, List<SystemEngagement> found, List<GoldEngagement> expected, boolean[] taken) {
        int[] systemOwner = new int[found.size()];
        Arrays.fill(systemOwner, -1);
        for (int g = 0; g < expected.size(); g++) {
            augment(gold, found, expected, taken, systemOwner, g, new boolean[found.size()]);
        }
        int[] byGold = new int[expected.size()];
        Arrays.fill(byGold, -1);
        for (int s = 0; s < found.size(); s++) {
            if (systemOwner[s] >= 0) {
                byGold[systemOwner[s]] = s;
            }
        }
        return byGold;
    }

    private static boolean augment(GoldStandard gold, List<SystemEngagement> found, List<GoldEngagement> expected,
                                   boolean[] taken, int[] systemOwner, int g, boolean[] visited) {
        for (int s = 0; s < found.size(); s++) {
            if (taken[s] || visited[s] || !compatible(gold, found.get(s), expected.get(g))) {
                continue;
            }
            visited[s] = true;
            if (systemOwner[s] < 0 || augment(gold, found, expected, taken, systemOwner, systemOwner[s], visited)) {
                systemOwner[s] = g;
                return true;
            }
        }
        return false;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
