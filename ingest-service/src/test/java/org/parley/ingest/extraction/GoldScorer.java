package org.parley.ingest.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.ingest.extraction.ExtractedEngagement.DateSpan;
import org.parley.ingest.extraction.ExtractedEngagement.Status;
import org.parley.ingest.normalise.ArticleNormaliser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores extractions against a gold file in the shared format (eval/README.md), per article: engagement P/R/F1
 * with one-to-one matching, status and day accuracy on matched pairs, persons P/R/F1. Prints misses and spurious
 * items. Before matching, records of one article that the store would merge (same type, same participants,
 * compatible dates) are collapsed, as entity-service does across sentences.
 */
final class GoldScorer {

    /** A gold engagement as it applies to one article. */
    record GoldEngagement(String id, String type, Set<String> altTypes, Set<String> participants, LocalDate from,
                          LocalDate to, Set<String> statuses, boolean optional) {
    }

    /** A system engagement with names mapped to canonical gold names where they match. */
    record SysEngagement(String type, Set<String> participants, DateSpan date, Status status, String evidence) {
    }

    /** Totals over all scored articles. */
    static final class Totals {
        int rawSys, sys, goldRequired, matched, matchedOptional, statusOk, dayPairs, dayOk;
        int personTp, personSys, personGold;
        final List<String> report = new ArrayList<>();

        double precision() {
            int denom = sys - matchedOptional;
            return denom == 0 ? 1 : (double) matched / denom;
        }

        double recall() {
            return goldRequired == 0 ? 1 : (double) matched / goldRequired;
        }

        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double statusAccuracy() {
            return matched + matchedOptional == 0 ? 1 : (double) statusOk / (matched + matchedOptional);
        }

        double dayAccuracy() {
            return dayPairs == 0 ? 1 : (double) dayOk / dayPairs;
        }

        double personPrecision() {
            return personSys == 0 ? 1 : (double) personTp / personSys;
        }

        double personRecall() {
            return personGold == 0 ? 1 : (double) personTp / personGold;
        }

        double personF1() {
            double p = personPrecision(), r = personRecall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String summary() {
            return String.format("engagements P=%.3f R=%.3f F1=%.3f (system %d, matched %d, matched optional %d, "
                            + "gold required %d; %d records before merging repeats); status %.3f; day %.3f (%d/%d); persons P=%.3f R=%.3f F1=%.3f",
                    precision(), recall(), f1(), sys, matched, matchedOptional, goldRequired, rawSys, statusAccuracy(),
                    dayAccuracy(), dayOk, dayPairs, personPrecision(), personRecall(), personF1());
        }
    }

    private final JsonNode gold;
    private final Map<String, String> canonicalByFolded = new HashMap<>();

    GoldScorer(JsonNode gold) {
        this.gold = gold;
        gold.get("actors").fields().forEachRemaining(e -> {
            canonicalByFolded.put(Gazetteer.fold(e.getKey()), e.getKey());
            e.getValue().path("aliases").forEach(a -> canonicalByFolded.put(Gazetteer.fold(a.asText()), e.getKey()));
        });
    }

    /**
     * Scores every article the gold file lists, read from {@code articlesDir}: normalised by the real
     * {@link ArticleNormaliser} and extracted with the gold article date. {@code -Dextraction.dump=1} prints each
     * article's actors and engagements.
     */
    Totals scoreArticles(ArticleExtractor extractor, Path articlesDir) throws IOException {
        Totals totals = new Totals();
        scoreArticles(extractor, articlesDir, totals);
        totals.report.forEach(System.out::println);
        System.out.println(totals.summary());
        return totals;
    }

    /** Adds the scores of every article the gold file lists to {@code totals}, without printing. */
    void scoreArticles(ArticleExtractor extractor, Path articlesDir, Totals totals) throws IOException {
        for (JsonNode article : articles()) {
            String file = article.get("file").asText();
            if (!selected(file)) {
                continue;
            }
            LocalDate published = LocalDate.parse(article.get("published").asText());
            String text = storyText(Files.readString(articlesDir.resolve(file)), published);
            Extraction x = extractor.extract(text, published);
            if (System.getProperty("extraction.dump") != null) {
                System.out.println("=== " + file);
                x.actors().forEach(a -> System.out.println("  " + a));
                x.engagements().forEach(e -> System.out.println("  " + e.type() + " " + e.status() + " "
                        + e.participants() + " " + e.date() + " @" + e.location() + " | " + e.evidence().sentence()));
            }
            score(file, x, totals);
        }
    }

    /** {@code -Dextraction.only=af04,la0} limits a developer's run to articles whose file name starts so. */
    private static boolean selected(String file) {
        String only = System.getProperty("extraction.only");
        return only == null || java.util.Arrays.stream(only.split(",")).anyMatch(file::startsWith);
    }

    /** An article's story text as ingest stores it: the real normaliser's output. */
    static String storyText(String raw, LocalDate published) {
        return new ArticleNormaliser().normalise(raw, published).text();
    }

    static GoldScorer fromResource(String resource) {
        try (InputStream in = GoldScorer.class.getClassLoader().getResourceAsStream(resource)) {
            return new GoldScorer(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path goldFile) throws IOException {
        return new ObjectMapper().readTree(goldFile.toFile());
    }

    JsonNode articles() {
        return gold.get("articles");
    }

    String canonical(String name) {
        return canonicalByFolded.getOrDefault(Gazetteer.fold(name), name);
    }

    void score(String file, Extraction x, Totals t) {
        JsonNode article = null;
        for (JsonNode a : articles()) {
            if (a.get("file").asText().equals(file)) {
                article = a;
            }
        }
        if (article == null) {
            throw new IllegalArgumentException("no gold article " + file);
        }
        Map<String, ExtractedActor> byRef = new HashMap<>();
        x.actors().forEach(a -> byRef.put(a.ref(), a));

        // persons
        Set<String> goldPersons = new HashSet<>();
        article.get("persons").forEach(p -> goldPersons.add(p.asText()));
        Set<String> seen = new HashSet<>();
        for (ExtractedActor a : x.actors()) {
            if (a.kind() != ExtractedActor.ActorKind.PERSON) {
                continue;
            }
            t.personSys++;
            String c = canonical(a.name());
            if (goldPersons.contains(c) && seen.add(c)) {
                t.personTp++;
            } else {
                t.report.add(file + " spurious person: " + a.name());
            }
        }
        t.personGold += goldPersons.size();
        for (String p : goldPersons) {
            if (!seen.contains(p)) {
                t.report.add(file + " missed person: " + p);
            }
        }

        // engagements
        List<SysEngagement> sys = new ArrayList<>();
        for (ExtractedEngagement e : x.engagements()) {
            Set<String> names = new LinkedHashSet<>();
            e.participants().forEach(p -> names.add(canonical(byRef.get(p.actorRef()).name())));
            sys.add(new SysEngagement(e.type().name(), names, e.date(), e.status(), e.evidence().sentence()));
        }
        t.rawSys += sys.size();
        sys = collapse(sys);
        List<GoldEngagement> goldList = goldFor(file);
        t.sys += sys.size();
        t.goldRequired += (int) goldList.stream().filter(g -> !g.optional()).count();

        int[] match = new int[sys.size()];
        java.util.Arrays.fill(match, -1);
        matchAll(sys, goldList, match, false);
        matchAll(sys, goldList, match, true);
        Set<Integer> goldMatched = new HashSet<>();
        for (int i = 0; i < sys.size(); i++) {
            SysEngagement s = sys.get(i);
            if (match[i] < 0) {
                t.report.add(file + " spurious: " + describe(s));
                continue;
            }
            GoldEngagement g = goldList.get(match[i]);
            goldMatched.add(match[i]);
            if (g.optional()) {
                t.matchedOptional++;
            } else {
                t.matched++;
            }
            if (g.statuses().contains(s.status().name())) {
                t.statusOk++;
            } else {
                t.report.add(file + " wrong status " + s.status() + " for " + g.id() + " " + g.statuses());
            }
            if (g.from() != null && g.from().equals(g.to())) {
                t.dayPairs++;
                if (g.from().equals(s.date().start())) {
                    t.dayOk++;
                } else {
                    t.report.add(file + " wrong day " + s.date() + " for " + g.id() + " " + g.from());
                }
            }
        }
        for (int j = 0; j < goldList.size(); j++) {
            if (!goldMatched.contains(j) && !goldList.get(j).optional()) {
                t.report.add(file + " missed: " + goldList.get(j));
            }
        }
    }

    private static String describe(SysEngagement s) {
        return s.type() + " " + s.status() + " " + s.participants() + " " + s.date().start() + ".." + s.date().end()
                + " | " + s.evidence();
    }

    /** Records the store would merge: same type and participants, compatible dates. */
    static List<SysEngagement> collapse(List<SysEngagement> in) {
        List<SysEngagement> out = new ArrayList<>();
        for (SysEngagement e : in) {
            boolean merged = false;
            for (int i = 0; i < out.size(); i++) {
                SysEngagement o = out.get(i);
                if (o.type().equals(e.type()) && o.participants().equals(e.participants()) && compatible(o.date(), e.date())) {
                    DateSpan d = o.date().start() != null ? o.date() : e.date();
                    out.set(i, new SysEngagement(o.type(), o.participants(), d,
                            SentenceMerger.stronger(o.status(), e.status()), o.evidence()));
                    merged = true;
                    break;
                }
            }
            if (!merged) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean compatible(DateSpan a, DateSpan b) {
        if (a.start() == null || b.start() == null) {
            return true;
        }
        return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }

    private void matchAll(List<SysEngagement> sys, List<GoldEngagement> goldList, int[] match, boolean optionalPass) {
        int[] owner = new int[goldList.size()];
        java.util.Arrays.fill(owner, -1);
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0) {
                owner[match[i]] = i;
            }
        }
        for (int i = 0; i < sys.size(); i++) {
            if (match[i] < 0) {
                augment(i, sys, goldList, match, owner, new boolean[goldList.size()], optionalPass);
            }
        }
    }

    private boolean augment(int i, List<SysEngagement> sys, List<GoldEngagement> goldList, int[] match, int[] owner,
                            boolean[] visited, boolean optionalPass) {
        for (int j = 0; j < goldList.size(); j++) {
            GoldEngagement g = goldList.get(j);
            if (visited[j] || g.optional() != optionalPass || !matches(sys.get(i), g)) {
                continue;
            }
            visited[j] = true;
            if (owner[j] < 0 || augment(owner[j], sys, goldList, match, owner, visited, optionalPass)) {
                match[i] = j;
                owner[j] = i;
                return true;
            }
        }
        return false;
    }

    static boolean matches(SysEngagement s, GoldEngagement g) {
        if (!s.type().equals(g.type()) && !g.altTypes().contains(s.type())) {
            return false;
        }
        Set<String> inter = new HashSet<>(s.participants());
        inter.retainAll(g.participants());
        Set<String> union = new HashSet<>(s.participants());
        union.addAll(g.participants());
        if (inter.size() < Math.min(2, g.participants().size()) || (double) inter.size() / union.size() < 0.5) {
            return false;
        }
        if (g.from() == null) {
            return true;
        }
        DateSpan d = s.date();
        return d.start() != null && !d.end().isBefore(g.from()) && !g.to().isBefore(d.start());
    }

    List<GoldEngagement> goldFor(String file) {
        List<GoldEngagement> out = new ArrayList<>();
        for (JsonNode e : gold.get("engagements")) {
            boolean here = false;
            for (JsonNode ev : e.get("evidence")) {
                here |= ev.get(0).asText().equals(file);
            }
            if (!here) {
                continue;
            }
            Set<String> alt = new HashSet<>();
            e.path("alt_types").forEach(a -> alt.add(a.asText()));
            Set<String> ps = new LinkedHashSet<>();
            e.get("participants").forEach(p -> ps.add(p.asText()));
            Set<String> st = new HashSet<>();
            e.get("status").forEach(p -> st.add(p.asText()));
            LocalDate from = null, to = null;
            JsonNode d = e.get("date");
            if (d != null && d.isTextual()) {
                String v = d.asText();
                if (v.length() == 7) {
                    java.time.YearMonth ym = java.time.YearMonth.parse(v);
                    from = ym.atDay(1);
                    to = ym.atEndOfMonth();
                } else {
                    from = to = LocalDate.parse(v);
                }
            } else if (d != null && d.isObject()) {
                from = LocalDate.parse(d.get("from").asText());
                to = LocalDate.parse(d.get("to").asText());
            }
            out.add(new GoldEngagement(e.get("id").asText(), e.get("type").asText(), alt, ps, from, to, st,
                    e.path("optional").asBoolean(false)));
        }
        return out;
    }
}
