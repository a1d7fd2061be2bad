package org.parley.entity.article.graphql;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;

import java.time.Duration;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.parley.entity.support.GraphQL.query;

/** The subgraph refuses, at once and before fetching anything, queries no gateway would send. */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class SubgraphLimitsTest {

    /**
     * Refused, not worked on: such a query kept a service at full CPU for minutes. The bound is generous because the
     * machines running tests are shared and ingest-service loads CoreNLP while the first tests run (a refusal took up
     * to 7 s there); how fast a refusal is belongs to a benchmark, not to this test.
     */
    private static final Duration REFUSED_WITHIN = Duration.ofSeconds(30);

    @Test
    void aCyclicQueryOfDepthTwentySevenIsRefusedAtOnce() {
        // actors > nodes, then engagements > nodes > participants > actor six times over, then id: depth 27
        String cycle = "engagements(first: 100) { nodes { participants { actor { %s } } } }";
        String inner = "engagements(first: 100) { nodes { participants { actor { id } } } }";
        for (int i = 0; i < 5; i++) {
            inner = cycle.formatted(inner);
        }
        String deep = "{ actors(first: 100) { nodes { " + inner + " } } }";
        assertTimeoutPreemptively(REFUSED_WITHIN, () -> query(deep)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .body("errors[0].message", equalTo("Query depth 27 exceeds the maximum of 16")));
    }

    @Test
    void aCyclicIntrospectionQueryIsRefusedAtOnce() {
        // __schema > types, then fields > type twelve times over, then name: depth 27, through the schema's own cycle
        String inner = "name";
        for (int i = 0; i < 12; i++) {
            inner = "fields { type { %s } }".formatted(inner);
        }
        String deep = "{ __schema { types { " + inner + " } } }";
        assertTimeoutPreemptively(REFUSED_WITHIN, () -> query(deep)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP")));
    }

    @Test
    void tooManyFieldsAreRefused() {
        StringBuilder wide = new StringBuilder("{ actors(first: 1) { nodes {");
        for (int i = 0; i < 5_001; i++) {
            wide.append(" id"); // the same field over and over: shallow, but 5,003 fields to graphql-java
        }
        query(wide.append(" } } }").toString())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].message", equalTo("Query complexity 5003 exceeds the maximum of 5000"));
    }

    @Test
    void anOrdinaryQueryIsAnswered() {
        query("{ actors(first: 5) { nodes { id name engagements(first: 5) { nodes { id participants { actor { id } } } } } } }")
                .body("errors", nullValue());
    }
}
