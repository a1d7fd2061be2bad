package org.parley.entity.article.graphql;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;

import java.time.Duration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.parley.entity.support.GraphQL.query;

/** The subgraph refuses, at once and before fetching anything, queries no gateway would send. */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class SubgraphLimitsTest {

    @Test
    void aCyclicQueryOfDepthTwentySevenIsRefusedAtOnce() {
        // actors > nodes, then engagements > nodes > participants > actor six times over, then id: depth 27
        String cycle = "engagements(first: 100) { nodes { participants { actor { %s } } } }";
        String inner = "engagements(first: 100) { nodes { participants { actor { id } } } }";
        for (int i = 0; i < 5; i++) {
            inner = cycle.formatted(inner);
        }
        String deep = "{ actors(first: 100) { nodes { " + inner + " } } }";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> query(deep)
                .time(lessThan(2000L))
                .body("data", nullValue())
                .body("errors[0].message", containsString("depth")));
    }

    @Test
    void anOrdinaryQueryIsAnswered() {
        query("{ actors(first: 5) { nodes { id name engagements(first: 5) { nodes { id participants { actor { id } } } } } } }")
                .body("errors", nullValue());
    }
}
