package org.parley.entity.engagement.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.support.Db;
import org.parley.entity.support.GraphQL;
import org.parley.entity.support.synthetic.SyntheticRecord;
import org.parley.entity.scale.RecordFacts;

/**
 * How long the explorer's queries take on a large record (docs/benchmarks.md, docs/explorer.md):
 * {@code -Dbench.explorer=true [-Dbench.explorer.rows=1000000]}, on the synthetic record ({@link SyntheticRecord}). The gateway forwards these entity-only queries
 * unchanged, so their time here is the explorer's wait less the gateway's small overhead. Each query runs three
 * times after one warm-up; the median is printed, and every answer is checked.
 */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
@EnabledIfSystemProperty(named = "bench.explorer", matches = "true")
class ExplorerQueriesBenchmarkTest {

    private static final String ENGAGEMENT_FIELDS = """
            id type status location articleCount
            date { start end precision text }
            participants { role actor { id name kind } }
            evidence { sentence article { id title } }""";

    @Inject
    Db db;

    @Test
    void theExplorersQueriesAnswerInBoundedTimeOnALargeRecord() {
        int rows = Integer.getInteger("bench.explorer.rows", 1_000_000);
        long fill = System.nanoTime();
        SyntheticRecord.fill(SyntheticRecord.Size.of(rows), 14);
        System.out.printf("explorer benchmark: %d engagements written in %.1f s%n", rows,
                (System.nanoTime() - fill) / 1e9);
        RecordFacts facts = RecordFacts.of(db);
        int limit = 10_001; // totalCount counts up to 10 000 and says 10 001 for more
        int total = (int) Math.min(limit, facts.engagements());
        int heavy = (int) Math.min(limit, db.count("SELECT count(*) FROM engagement_participant WHERE actor_id = ?1",
                facts.heavy()));

        Map<String, Object> none = Map.of();
        JsonPath latest = time("home: latest 20, no filter", () -> GraphQL.query("""
                query Latest($filter: EngagementFilter) {
                  engagements(filter: $filter, first: 20) {
                    totalCount pageInfo { hasNextPage endCursor } nodes { %s }
                  }
                }""".formatted(ENGAGEMENT_FIELDS), Map.of("filter", none)).extract().jsonPath());
        assertEquals(total, latest.getInt("data.engagements.totalCount"));
        assertEquals(20, latest.getList("data.engagements.nodes").size());

        String cursor = latest.getString("data.engagements.pageInfo.endCursor");
        JsonPath next = time("home: Load more (page after a cursor)", () -> GraphQL.query("""
                query Latest($after: String) {
                  engagements(first: 20, after: $after) { nodes { %s } }
                }""".formatted(ENGAGEMENT_FIELDS), Map.of("after", cursor)).extract().jsonPath());
        assertEquals(20, next.getList("data.engagements.nodes").size());

        Map<String, Object> filtered = Map.of("types", List.of("MEETING"), "statuses", List.of("OCCURRED"),
                "from", "2020-01-01", "to", "2020-12-31", "actorIds", List.of(String.valueOf(facts.heavy())));
        JsonPath narrow = time("home: latest 20, type+status+year+actor", () -> GraphQL.query("""
                query Latest($filter: EngagementFilter) {
                  engagements(filter: $filter, first: 20) { totalCount nodes { %s } }
                }""".formatted(ENGAGEMENT_FIELDS), Map.of("filter", filtered)).extract().jsonPath());
        assertEquals(20, narrow.getList("data.engagements.nodes").size());

        JsonPath sample = time("home: parties of the latest 100 (rankings)", () -> GraphQL.query("""
                query Parties {
                  engagements(first: 100) { nodes { participants { actor { id name kind } } } }
                }""").extract().jsonPath());
        assertEquals(100, sample.getList("data.engagements.nodes").size());

        List<Map<String, String>> years = new ArrayList<>();
        for (int year = 1995; year <= 2025; year++) {
            years.add(Map.of("from", year + "-01-01", "to", year + "-12-31"));
        }
        JsonPath yearly = time("home: timeline, 31 yearly counts", () -> counts(years).extract().jsonPath());
        for (int i = 0; i < years.size(); i++) {
            assertTrue(yearly.getLong("data.b" + i + ".totalCount") <= limit, "counted up to the limit");
        }

        List<Map<String, String>> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            for (int year = 2020; year <= 2021; year++) {
                months.add(Map.of("from", "%d-%02d-01".formatted(year, month), "to", "%d-%02d-28".formatted(year, month)));
            }
        }
        time("home: timeline, 24 monthly counts", () -> counts(months).extract().jsonPath());

        JsonPath actor = time("actor page: 50 engagements, counterparts, 20 quotes", () -> GraphQL.query("""
                query Actor($id: ID!) {
                  actor(id: $id) {
                    id name kind title aliases affiliation { id name }
                    engagements(first: 50) {
                      totalCount pageInfo { hasNextPage endCursor }
                      nodes { %s coding { cameo ploverEvent ploverMode } }
                    }
                    counterparts(first: 25) { engagementCount lastDate actor { id name kind } }
                    quotes(first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { id text saidOn } }
                  }
                }""".formatted(ENGAGEMENT_FIELDS), Map.of("id", String.valueOf(facts.heavy())))
                .extract().jsonPath());
        assertEquals(heavy, actor.getInt("data.actor.engagements.totalCount"));
        assertEquals(facts.counterpart(), actor.getLong("data.actor.counterparts[0].actor.id"));
    }

    /** One {@code totalCount} per period in one request, as the explorer's timeline asks. */
    private static io.restassured.response.ValidatableResponse counts(List<Map<String, String>> periods) {
        Map<String, Object> variables = new LinkedHashMap<>();
        List<String> declarations = new ArrayList<>();
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < periods.size(); i++) {
            variables.put("f" + i, periods.get(i));
            declarations.add("$f" + i + ": EngagementFilter");
            fields.append("b").append(i).append(": engagements(filter: $f").append(i)
                    .append(", first: 0) { totalCount }\n");
        }
        return GraphQL.query("query Timeline(" + String.join(", ", declarations) + ") {\n" + fields + "}", variables);
    }

    private static JsonPath time(String what, Supplier<JsonPath> query) {
        JsonPath answer = query.get(); // warm-up
        assertNull(answer.get("errors"), what + ": " + answer.prettify());
        List<Double> seconds = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            answer = query.get();
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        Collections.sort(seconds);
        System.out.printf("explorer benchmark: %-55s median %.3f s (min %.3f, max %.3f)%n", what, seconds.get(1),
                seconds.get(0), seconds.get(2));
        return answer;
    }
}
