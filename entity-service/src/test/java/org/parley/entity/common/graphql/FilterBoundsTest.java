package org.parley.entity.common.graphql;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.entity.support.GraphQL.query;

/**
 * Filter inputs are bounded (ids per list, characters per text) for callers of the subgraph itself; the gateway
 * applies the same bounds. An oversized filter is BAD_USER_INPUT naming the field, never a system error: 70,000 ids
 * used to fail in the database (more bind parameters than PostgreSQL takes) as "System error".
 */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class FilterBoundsTest {

    private static final String ENGAGEMENTS = "query($f: EngagementFilter) { engagements(filter: $f) { totalCount } }";
    private static final String ACTORS = "query($f: ActorFilter) { actors(filter: $f) { totalCount } }";

    private static List<String> ids(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(Integer::toString).toList();
    }

    @Test
    void actorIdsAreBounded() {
        query(ENGAGEMENTS, Map.of("f", Map.of("actorIds", ids(100)))).body("errors", nullValue());
        query(ENGAGEMENTS, Map.of("f", Map.of("actorIds", ids(101))))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("filter.actorIds: more than 100 ids, got 101"));
        query(ENGAGEMENTS, Map.of("f", Map.of("actorIds", ids(70_000))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("filter.actorIds: more than 100 ids, got 70000"));
    }

    @Test
    void nameAndLocationAreBounded() {
        query(ACTORS, Map.of("f", Map.of("name", "M".repeat(300)))).body("errors", nullValue());
        query(ACTORS, Map.of("f", Map.of("name", "Mohammed ".repeat(20_000))))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("filter.name: longer than 300 characters"));
        query(ENGAGEMENTS, Map.of("f", Map.of("location", "x".repeat(300)))).body("errors", nullValue());
        query(ENGAGEMENTS, Map.of("f", Map.of("location", "x".repeat(301))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("filter.location: longer than 300 characters"));
    }

    @Test
    void theExportAppliesTheSameBounds() {
        given()
                .queryParam("actorId", String.join(",", ids(101)))
            .when()
                .get("/exports/engagements")
            .then()
                .statusCode(400)
                .body("error", equalTo("BAD_USER_INPUT"))
                .body("message", equalTo("filter.actorIds: more than 100 ids, got 101"));
    }
}
