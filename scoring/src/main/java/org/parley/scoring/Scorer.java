package org.parley.scoring;

import org.parley.scoring.GoldStandard.GoldEngagement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Scores system records against a gold standard by the rules of shared/eval/README.md. */
public final class Scorer {

    private Scorer() {
    }

    /**
     * @param persons     the names of the PERSON actors the system gave
     * @param engagements the system's engagements, one per record it keeps
     */
    public static Score score(GoldStandard gold, List<String> persons, List<SystemEngagement> engagements) {
        List<GoldEngagement> required = gold.engagements().stream().filter(g -> !g.optional()).toList();
        List<GoldEngagement> optional = gold.engagements().stream().filter(GoldEngagement::optional).toList();

        // Match required gold items first, so an optional item never takes a system record a required one could use.
        int[] requiredMatch = match(gold, engagements, required, new boolean[engagements.size()]);
        boolean[] used = new boolean[engagements.size()];
        Arrays.stream(requiredMatch).filter(s -> s >= 0).forEach(s -> used[s] = true);
        int[] optionalMatch = match(gold, engagements, optional, used);

        List<String> items = new ArrayList<>();
        int[] pairCounts = new int[3]; // status right, day pairs, day right
        int matched = pairs(required, requiredMatch, engagements, pairCounts, items);
        int matchedOptional = pairs(optional, optionalMatch, engagements, pairCounts, items);
        for (int g = 0; g < required.size(); g++) {
            if (requiredMatch[g] < 0) {
                items.add("missed: " + required.get(g) + closest(gold, required.get(g), engagements));
            }
        }
        Set<Integer> matchedSystem = new HashSet<>();
        Arrays.stream(requiredMatch).filter(s -> s >= 0).forEach(matchedSystem::add);
        Arrays.stream(optionalMatch).filter(s -> s >= 0).forEach(matchedSystem::add);
        for (int s = 0; s < engagements.size(); s++) {
            if (!matchedSystem.contains(s)) {
                items.add("spurious: " + engagements.get(s));
            }
        }

        Set<String> goldPersons = gold.persons();
        Set<String> personsFound = new LinkedHashSet<>();
        for (String person : persons) {
            String canonical = gold.canonical(person).filter(goldPersons::contains).orElse(null);
            if (canonical == null || !personsFound.add(canonical)) {
                items.add("spurious person: " + person);
            }
        }
        goldPersons.stream().filter(p -> !personsFound.contains(p)).sorted().forEach(p -> items.add("missed person: " + p));

        return new Score(engagements.size(), matched, matchedOptional, required.size(), pairCounts[0], pairCounts[1],
                pairCounts[2], persons.size(), personsFound.size(), goldPersons.size(), List.copyOf(items));
    }

    /** Counts the matched pairs and checks their status and day; returns how many pairs there are. */
    private static int pairs(List<GoldEngagement> expected, int[] match, List<SystemEngagement> found, int[] counts,
                             List<String> items) {
        int pairs = 0;
        for (int g = 0; g < expected.size(); g++) {
            if (match[g] < 0) {
                continue;
            }
            pairs++;
            GoldEngagement gold = expected.get(g);
            SystemEngagement actual = found.get(match[g]);
            if (gold.statuses().contains(actual.status())) {
                counts[0]++;
            } else {
                items.add("wrong status " + actual.status() + " for " + gold.id() + " " + gold.statuses());
            }
            if (gold.singleDay()) {
                counts[1]++;
                if (gold.from().equals(actual.start())) {
                    counts[2]++;
                } else {
                    items.add("wrong day " + actual.start() + ".." + actual.end() + " for " + gold.id() + " " + gold.from());
                }
            }
        }
        return pairs;
    }

    public static boolean compatible(GoldStandard gold, SystemEngagement actual, GoldEngagement expected) {
        return expected.types().contains(actual.type()) && participantsAgree(gold, actual, expected)
                && datesAgree(actual, expected);
    }

    private static boolean participantsAgree(GoldStandard gold, SystemEngagement actual, GoldEngagement expected) {
        Set<String> names = canonicalNames(gold, actual);
        Set<String> common = new HashSet<>(names);
        common.retainAll(expected.participants());
        Set<String> union = new HashSet<>(names);
        union.addAll(expected.participants());
        return common.size() >= Math.min(2, expected.participants().size()) && (double) common.size() / union.size() >= 0.5;
    }

    private static boolean datesAgree(SystemEngagement actual, GoldEngagement expected) {
        if (expected.from() == null) {
            return true;
        }
        return actual.start() != null && !actual.start().isAfter(expected.to()) && !actual.end().isBefore(expected.from());
    }

    private static Set<String> canonicalNames(GoldStandard gold, SystemEngagement actual) {
        Set<String> names = new LinkedHashSet<>();
        for (String participant : actual.participants()) {
            names.add(gold.canonical(participant).orElse("?" + participant));
        }
        return names;
    }

    /** For a missed item: the system record sharing most participants with it, and what kept the two apart. */
    private static String closest(GoldStandard gold, GoldEngagement expected, List<SystemEngagement> found) {
        return found.stream()
                .filter(s -> shared(gold, s, expected) > 0)
                .max(Comparator.comparingInt(s -> shared(gold, s, expected)))
                .map(s -> {
                    List<String> apart = new ArrayList<>();
                    if (!expected.types().contains(s.type())) {
                        apart.add("type");
                    }
                    if (!participantsAgree(gold, s, expected)) {
                        apart.add("participants");
                    }
                    if (!datesAgree(s, expected)) {
                        apart.add("date");
                    }
                    return "; closest: " + s.type() + " " + canonicalNames(gold, s) + " " + s.start() + ".." + s.end()
                            + (apart.isEmpty() ? " (taken by another item)" : " (differs in " + String.join(", ", apart) + ")");
                })
                .orElse("");
    }

    private static int shared(GoldStandard gold, SystemEngagement actual, GoldEngagement expected) {
        Set<String> common = canonicalNames(gold, actual);
        common.retainAll(expected.participants());
        return common.size();
    }

    /** Maximum one-to-one matching (augmenting paths); returns the system index per gold item, or -1. */
    private static int[] match(GoldStandard gold, List<SystemEngagement> found, List<GoldEngagement> expected,
                               boolean[] taken) {
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
}
