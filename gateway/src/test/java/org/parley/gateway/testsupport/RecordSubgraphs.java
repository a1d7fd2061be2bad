package org.parley.gateway.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Fake entity and ingest subgraphs holding a small but varied record, for the explorer's browser test: unlike
 * {@link FakeSubgraphs} (one engagement repeated), engagements differ in type, status, date, place and parties, and
 * the fake honours what the explorer relies on: {@code EngagementFilter}, {@code first}/{@code after} keyset paging
 * newest first, {@code totalCount}, the actor name search and per-actor engagements, counterparts and quotes.
 *
 * <p>Record: 3 countries (ids 1–3), 5 people (ids 11–15); engagement {@code n} (1..{@value #ENGAGEMENTS}) is dated
 * 2021-01-01 plus {@code 3n} days, reported by the sentence {@link #sentence} of article {@code art-n}; actor 11
 * has {@value #QUOTES} quotes.
 */
public class RecordSubgraphs implements QuarkusTestResourceLifecycleManager {

    /** Engagements in the record. */
    public static final int ENGAGEMENTS = 240;

    /** Quotes of actor 11 (Anna Berg). */
    public static final int QUOTES = 30;

    static final List<String> TYPES = List.of("MEETING", "CALL", "VISIT", "CONFERENCE");
    static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
    private static final List<String> PLACES = List.of("Geneva", "Vienna", "Oslo", "Nairobi", "Doha");
    /** Parties of engagement n are PAIRS[n % PAIRS.size()]: Berg and Kolar meet most, then Berg and Diaz. */
    private static final List<List<Integer>> PAIRS = List.of(List.of(11, 12), List.of(11, 13), List.of(11, 12),
            List.of(12, 14), List.of(13, 15), List.of(11, 12, 2), List.of(14, 15), List.of(11, 13));

    private FakeSubgraph entity;
    private FakeSubgraph ingest;

    @Override
    public Map<String, String> start() {
        entity = new FakeSubgraph("entity", "fakes/entity.graphqls", entityWiring()).start(0);
        ingest = new FakeSubgraph("ingest", "fakes/ingest.graphqls", ingestWiring()).start(0);
        return Map.of(
                "parley.subgraphs.entity.url", entity.url(),
                "parley.subgraphs.ingest.url", ingest.url());
    }

    @Override
    public void stop() {
        FakeSubgraph.shutdown(entity, ingest);
    }

    // ---- the record ----

    static Map<String, Object> actor(int id) {
        record Person(String name, String title, int country) {
        }
        Map<Integer, String> countries = Map.of(1, "Ruritania", 2, "Freedonia", 3, "Sylvania");
        Map<Integer, Person> people = Map.of(
                11, new Person("Anna Berg", "Foreign Minister", 1),
                12, new Person("Boris Kolar", "Foreign Minister", 2),
                13, new Person("Carla Diaz", "President", 3),
                14, new Person("Dmitri Elin", "Prime Minister", 2),
                15, new Person("Eva Fischer", "Defence Minister", 1));
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("id", String.valueOf(id));
        if (countries.containsKey(id)) {
            actor.put("name", countries.get(id));
            actor.put("kind", "COUNTRY");
            actor.put("aliases", List.of(countries.get(id)));
            actor.put("title", null);
            actor.put("affiliation", null);
        } else if (people.containsKey(id)) {
            Person person = people.get(id);
            actor.put("name", person.name());
            actor.put("kind", "PERSON");
            actor.put("aliases", List.of(person.name(), person.name().split(" ")[1]));
            actor.put("title", person.title());
            actor.put("affiliation", actor(person.country()));
        } else {
            return null;
        }
        return actor;
    }

    static List<Map<String, Object>> actors() {
        return IntStream.rangeClosed(1, 15).mapToObj(RecordSubgraphs::actor).filter(a -> a != null).toList();
    }

    static LocalDate day(int n) {
        return FIRST_DAY.plusDays(3L * n);
    }

    static List<Integer> parties(int n) {
        return PAIRS.get(n % PAIRS.size());
    }

    static String status(int n) {
        if (n % 10 == 0) {
            return "CANCELLED";
        }
        if (n % 5 == 0) {
            return "PROPOSED";
        }
        return day(n).isAfter(LocalDate.of(2022, 10, 1)) ? "PLANNED" : "OCCURRED";
    }

    /** The sentence that reports engagement {@code n}. */
    public static String sentence(int n) {
        List<Integer> parties = parties(n);
        return "%s and %s held a %s in %s on %s.".formatted(actor(parties.get(0)).get("name"),
                actor(parties.get(1)).get("name"), TYPES.get(n % 4).toLowerCase(Locale.ROOT), PLACES.get(n % 5), day(n));
    }

    private static final String LEAD = "Diplomatic wire. ";

    static Map<String, Object> engagement(int n) {
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("start", day(n).toString());
        date.put("end", day(n).toString());
        date.put("precision", "DAY");
        date.put("text", "on " + day(n));
        Map<String, Object> engagement = new LinkedHashMap<>();
        engagement.put("id", String.valueOf(n));
        engagement.put("type", TYPES.get(n % 4));
        engagement.put("status", status(n));
        engagement.put("date", date);
        engagement.put("location", PLACES.get(n % 5));
        List<Map<String, Object>> participants = new ArrayList<>();
        for (int id : parties(n)) {
            Map<String, Object> participant = new LinkedHashMap<>();
            participant.put("actor", actor(id));
            participant.put("role", null);
            participants.add(participant);
        }
        engagement.put("participants", participants);
        String articleId = "art-" + n;
        engagement.put("evidence", List.of(Map.of("article", Map.of("id", articleId, "title", "Report " + n),
                "sentence", sentence(n), "start", LEAD.length(), "end", LEAD.length() + sentence(n).length())));
        engagement.put("articleCount", 1);
        engagement.put("coding", Map.of("cameo", "040", "ploverEvent", "CONSULT"));
        return engagement;
    }

    static Map<String, Object> article(String id) {
        int n = Integer.parseInt(id.substring("art-".length()));
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", id);
        article.put("title", "Report " + n);
        article.put("source", "Example Wire");
        article.put("url", "https://wire.example/" + id);
        article.put("publishedOn", day(n).toString());
        article.put("text", LEAD + sentence(n) + " Officials gave no further details.");
        article.put("status", "PROCESSED");
        article.put("receivedAt", "2026-01-01T10:00:00Z");
        article.put("attempts", 1);
        article.put("failureReason", null);
        return article;
    }

    /** Quote {@code n} of actor 11, said on day(n). */
    static Map<String, Object> quote(int n) {
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("id", "q" + n);
        quote.put("text", "We will keep talking, round " + n);
        quote.put("speaker", actor(11));
        quote.put("article", Map.of("id", "art-" + n, "title", "Report " + n));
        quote.put("start", 0);
        quote.put("end", 10);
        quote.put("saidOn", day(n).toString());
        return quote;
    }

    // ---- queries ----

    /** Engagement numbers matching the filter (plus {@code owner} as a party when not null), newest first. */
    @SuppressWarnings("unchecked")
    static List<Integer> matching(Map<String, Object> filter, String owner) {
        Predicate<Integer> match = n -> owner == null || parties(n).contains(Integer.valueOf(owner));
        if (filter != null) {
            List<String> actorIds = (List<String>) filter.get("actorIds");
            List<String> types = (List<String>) filter.get("types");
            List<String> statuses = (List<String>) filter.get("statuses");
            Object from = filter.get("from");
            Object to = filter.get("to");
            Object location = filter.get("location");
            match = match
                    .and(n -> actorIds == null || actorIds.stream().allMatch(a -> parties(n).contains(Integer.valueOf(a))))
                    .and(n -> types == null || types.isEmpty() || types.contains(TYPES.get(n % 4)))
                    .and(n -> statuses == null || statuses.isEmpty() || statuses.contains(status(n)))
                    .and(n -> from == null || !day(n).isBefore(LocalDate.parse(from.toString())))
                    .and(n -> to == null || !day(n).isAfter(LocalDate.parse(to.toString())))
                    .and(n -> location == null || PLACES.get(n % 5).toLowerCase(Locale.ROOT)
                            .contains(location.toString().toLowerCase(Locale.ROOT)));
        }
        return IntStream.rangeClosed(1, ENGAGEMENTS).boxed().filter(match)
                .sorted(Comparator.reverseOrder()).toList();
    }

    static Map<String, Object> engagements(DataFetchingEnvironment env, String owner) {
        List<Integer> all = matching(env.getArgument("filter"), owner);
        return page(all, env, RecordSubgraphs::engagement);
    }

    /** A connection of the items after the cursor {@code c<n>} (n = an item number), up to {@code first}. */
    static Map<String, Object> page(List<Integer> newestFirst, DataFetchingEnvironment env,
                                    java.util.function.IntFunction<Map<String, Object>> node) {
        Integer first = env.getArgument("first");
        String after = env.getArgument("after");
        int size = first == null ? 50 : first;
        List<Integer> rest = after == null ? newestFirst
                : newestFirst.stream().filter(n -> n < Integer.parseInt(after.substring(1))).toList();
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> edges = new ArrayList<>();
        for (int n : rest.subList(0, Math.min(size, rest.size()))) {
            Map<String, Object> item = node.apply(n);
            nodes.add(item);
            edges.add(Map.of("cursor", "c" + n, "node", item));
        }
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", rest.size() > size);
        pageInfo.put("endCursor", edges.isEmpty() ? null : edges.get(edges.size() - 1).get("cursor"));
        return Map.of("totalCount", newestFirst.size(), "nodes", nodes, "edges", edges, "pageInfo", pageInfo);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> actorSearch(DataFetchingEnvironment env) {
        Map<String, Object> filter = env.getArgument("filter");
        String name = filter == null ? null : (String) filter.get("name");
        List<String> kinds = filter == null ? null : (List<String>) filter.get("kinds");
        List<Map<String, Object>> found = actors().stream()
                .filter(a -> name == null || a.get("name").toString().toLowerCase(Locale.ROOT)
                        .contains(name.toLowerCase(Locale.ROOT)))
                .filter(a -> kinds == null || kinds.contains((String) a.get("kind")))
                .toList();
        return page(found.stream().map(a -> Integer.valueOf((String) a.get("id"))).toList(), env,
                RecordSubgraphs::actor);
    }

    static List<Map<String, Object>> counterparts(String id) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        Map<Integer, LocalDate> last = new LinkedHashMap<>();
        for (int n : matching(null, id)) {
            for (int other : parties(n)) {
                if (other != Integer.parseInt(id)) {
                    counts.merge(other, 1, Integer::sum);
                    last.putIfAbsent(other, day(n));
                }
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
                .map(e -> Map.<String, Object>of("actor", actor(e.getKey()), "engagementCount", e.getValue(),
                        "lastDate", last.get(e.getKey()).toString()))
                .toList();
    }

    private static RuntimeWiring entityWiring() {
        return FakeSubgraphs.subgraphWiring()
                .type("Query", type -> type
                        .dataFetcher("engagements", env -> engagements(env, null))
                        .dataFetcher("engagement", env -> engagement(Integer.parseInt(env.getArgument("id"))))
                        .dataFetcher("actor", env -> actor(Integer.parseInt(env.getArgument("id"))))
                        .dataFetcher("actors", RecordSubgraphs::actorSearch))
                .type("Actor", type -> type
                        .dataFetcher("engagements", env -> engagements(env, id(env)))
                        .dataFetcher("counterparts", env -> counterparts(id(env)))
                        .dataFetcher("quotes", env -> page("11".equals(id(env))
                                ? IntStream.rangeClosed(1, QUOTES).boxed().sorted(Comparator.reverseOrder()).toList()
                                : List.of(), env, RecordSubgraphs::quote)))
                .build();
    }

    private static RuntimeWiring ingestWiring() {
        return FakeSubgraphs.subgraphWiring()
                .type("Query", type -> type
                        .dataFetcher("article", env -> article(env.getArgument("id")))
                        .dataFetcher("_entities", FakeSubgraphs.entities(RecordSubgraphs::article)))
                .build();
    }

    @SuppressWarnings("unchecked")
    private static String id(DataFetchingEnvironment env) {
        return (String) ((Map<String, Object>) env.getSource()).get("id");
    }
}
