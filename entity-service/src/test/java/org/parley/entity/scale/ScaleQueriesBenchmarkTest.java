package org.parley.entity.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.support.Db;
import org.parley.entity.support.synthetic.SyntheticRecord;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * The scale benchmark (issue 14, docs/benchmarks.md "Queries at a million engagements"): for each size of
 * {@code -Dbench.scale.sizes} (default 10000,100000), a synthetic record ({@link SyntheticRecord}) in a fresh set
 * of tables, then each query below through {@code /graphql}, sequentially warmed up, then from 8 concurrent clients
 * ({@code -Dbench.scale.requests} each, default 40; {@code -Dbench.scale.only} keeps the queries whose name contains
 * it); p50/p95/p99, SQL statements per request, and the plans of the
 * main statements ({@link ScalePlans}) written to {@code target/scale-benchmark/}.
 */
@QuarkusTest
@TestProfile(ScaleRecordProfile.class)
@QuarkusTestResource(LocalPostgresTestResource.class)
@EnabledIfSystemProperty(named = "bench.scale", matches = "true")
class ScaleQueriesBenchmarkTest {

    private static final int CLIENTS = 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIELDS = """
            id type status location articleCount date { start end precision }
            participants { role actor { id name kind } } evidence { sentence article { id title } }""";

    @Inject
    Db db;
    @Inject
    EntityManagerFactory entityManagerFactory;
    @Inject
    ScalePlans plans;
    @TestHTTPResource("/graphql")
    URI graphql;

    private final HttpClient http = HttpClient.newHttpClient();

    /** One benchmark query: its GraphQL text, variables and a check of its answer. */
    private record Case(String name, String query, Map<String, Object> variables, Predicate<JsonNode> check) {
    }

    @Test
    void queriesStayFastAsTheRecordGrows() throws Exception {
        Path out = Path.of("target", "scale-benchmark");
        Files.createDirectories(out);
        StringBuilder table = new StringBuilder("| engagements | query | 1 client p50 ms | 8 clients p50 ms | p95 ms "
                + "| p99 ms | req/s | SQL statements |\n|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (String size : System.getProperty("bench.scale.sizes", "10000,100000").split(",")) {
            int engagements = Integer.parseInt(size.strip());
            db.execute("""
                    TRUNCATE quote, evidence, engagement_history, engagement_participant, engagement, merge_log,
                      article_actor, actor_office, actor_alias, actor, processed_article RESTART IDENTITY""");
            SyntheticRecord.Written written = SyntheticRecord.fill(SyntheticRecord.Size.of(engagements), 14);
            System.out.println("scale benchmark: written " + written);
            RecordFacts facts = RecordFacts.of(db);
            System.out.println("scale benchmark: " + facts + " " + db.column("""
                    SELECT count(*) FROM engagement_participant WHERE actor_id IN (?1, ?2, ?3, ?4)
                    GROUP BY actor_id ORDER BY actor_id""", facts.heavy(), facts.heavyPerson(), facts.counterpart(),
                    facts.light()));
            String only = System.getProperty("bench.scale.only", ""); // e.g. "counterparts": the queries named so
            List<Case> cases = cases(facts).stream().filter(c -> c.name().contains(only)).toList();
            for (Case c : cases) { // the service's code paths compiled before any is timed
                String body = JSON.writeValueAsString(Map.of("query", c.query(), "variables", c.variables()));
                for (int i = 0; i < 20; i++) {
                    post(body);
                }
            }
            for (Case c : cases) {
                double[] ms = run(c);
                table.append("| %,d | %s | %.1f | %.1f | %.1f | %.1f | %.0f | %d |%n".formatted(engagements,
                        c.name(), ms[5], ms[0], ms[1], ms[2], ms[3], (long) ms[4]));
                System.out.printf("scale benchmark: %,d %-50s alone %.1f; 8 clients p50 %.1f p95 %.1f p99 %.1f ms,"
                        + " %.0f req/s, %d SQL%n", engagements, c.name(), ms[5], ms[0], ms[1], ms[2], ms[3],
                        (long) ms[4]);
            }
            Files.writeString(out.resolve("plans-" + engagements + ".txt"), "-- " + Instant.now() + ", " + written
                    + "\n-- " + facts + "\n\n" + plans.explainAll(facts, "ANALYZE, BUFFERS"));
            Files.writeString(out.resolve("results.md"), table);
        }
        System.out.println(table);
    }

    private List<Case> cases(RecordFacts f) {
        List<Case> cases = new ArrayList<>();
        String actorPage = """
                query Actor($id: ID!) { actor(id: $id) { id name
                  engagements(first: 50) { totalCount pageInfo { hasNextPage endCursor } nodes { %s } } } }"""
                .formatted(FIELDS);
        cases.add(new Case("latest 50, no filter", """
                query { engagements(first: 50) { totalCount pageInfo { hasNextPage endCursor } nodes { %s } } }"""
                .formatted(FIELDS), Map.of(), a -> a.at("/engagements/nodes").size() == 50));
        cases.add(new Case("one actor, heavy: 50 engagements", actorPage, Map.of("id", "" + f.heavy()),
                a -> a.at("/actor/engagements/nodes").size() == 50));
        cases.add(new Case("one actor, light: its engagements", actorPage, Map.of("id", "" + f.light()),
                a -> a.at("/actor/engagements/totalCount").asInt() == a.at("/actor/engagements/nodes").size()));
        String together = """
                query Together($filter: EngagementFilter) { engagements(filter: $filter, first: 50) {
                  totalCount pageInfo { hasNextPage endCursor } nodes { %s } } }""".formatted(FIELDS);
        cases.add(new Case("two actors together: heavy + its top counterpart", together,
                Map.of("filter", Map.of("actorIds", List.of("" + f.heavy(), "" + f.counterpart()))),
                a -> a.at("/engagements/nodes").size() > 0));
        cases.add(new Case("two actors together: heavy + light", together,
                Map.of("filter", Map.of("actorIds", List.of("" + f.heavy(), "" + f.light()))),
                a -> a.at("/engagements/totalCount").asInt() >= 0));
        cases.add(new Case("date range (2019) + type + status", together, Map.of("filter", Map.of(
                "types", List.of("MEETING"), "statuses", List.of("OCCURRED"), "from", "2019-01-01", "to", "2019-12-31")),
                a -> a.at("/engagements/nodes").size() == 50));
        cases.add(new Case("deep keyset page (page 200 of 50)", """
                query Page($after: String) { engagements(first: 50, after: $after) {
                  totalCount pageInfo { hasNextPage endCursor } nodes { %s } } }""".formatted(FIELDS),
                Map.of("after", f.page200Cursor()), a -> a.at("/engagements/nodes").size() == 50));
        cases.add(new Case("actor name search, misspelt", """
                query Search($name: String) { actors(filter: { name: $name }, first: 10) {
                  totalCount nodes { id name kind } } }""", Map.of("name", f.misspeltName()),
                a -> a.at("/actors/nodes").findValuesAsText("id").contains("" + f.heavyPerson())));
        cases.add(new Case("counterparts of the heavy actor (25)", """
                query Counterparts($id: ID!) { actor(id: $id) {
                  counterparts(first: 25) { engagementCount lastDate actor { id name } } } }""",
                Map.of("id", "" + f.heavy()), a -> a.at("/actor/counterparts").size() == 25));
        Map<String, Object> variables = new LinkedHashMap<>();
        StringBuilder declarations = new StringBuilder();
        StringBuilder fields = new StringBuilder();
        for (int year = 2016; year <= 2025; year++) {
            variables.put("y" + year, Map.of("actorIds", List.of("" + f.heavy()), "from", year + "-01-01",
                    "to", year + "-12-31"));
            declarations.append(declarations.isEmpty() ? "" : ", ").append("$y").append(year).append(": EngagementFilter");
            fields.append("y").append(year).append(": engagements(filter: $y").append(year)
                    .append(", first: 0) { totalCount }\n");
        }
        cases.add(new Case("heavy actor's timeline: 10 yearly totalCounts", "query Timeline(" + declarations
                + ") {\n" + fields + "}", variables, a -> a.at("/y2020/totalCount").asInt() > 0));
        return cases;
    }

    /**
     * p50, p95, p99 (ms) with 8 clients, their requests per second, SQL statements of one request, and the p50 of
     * 20 requests from one client after 30 to warm up.
     */
    private double[] run(Case c) throws Exception {
        String body = JSON.writeValueAsString(Map.of("query", c.query(), "variables", c.variables()));
        long[] alone = new long[20];
        for (int i = 0; i < 30 + alone.length; i++) {
            long t = System.nanoTime();
            JsonNode answer = JSON.readTree(post(body));
            if (i >= 30) {
                alone[i - 30] = System.nanoTime() - t;
            }
            assertFalse(answer.has("errors"), c.name() + ": " + answer);
            assertTrue(c.check().test(answer.get("data")), c.name() + ": unexpected answer " + answer);
        }
        Arrays.sort(alone);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long before = statistics.getPrepareStatementCount();
        post(body);
        long statements = statistics.getPrepareStatementCount() - before;
        int requests = Integer.getInteger("bench.scale.requests", 40);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<long[]>> runs = new ArrayList<>();
        long start = System.nanoTime();
        for (int client = 0; client < CLIENTS; client++) {
            runs.add(clients.submit(() -> {
                long[] nanos = new long[requests];
                for (int i = 0; i < requests; i++) {
                    long t = System.nanoTime();
                    post(body);
                    nanos[i] = System.nanoTime() - t;
                }
                return nanos;
            }));
        }
        long[] all = new long[CLIENTS * requests];
        for (int client = 0; client < CLIENTS; client++) {
            System.arraycopy(runs.get(client).get(), 0, all, client * requests, requests);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        Arrays.sort(all);
        return new double[] {percentile(all, 50), percentile(all, 95), percentile(all, 99), all.length / seconds,
            statements, percentile(alone, 50)};
    }

    private String post(String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
