package org.parley.entity.article.graphql;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;

import java.time.Duration;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.parley.entity.support.GraphQL.query;

/**
 * The subgraph refuses, at once and before fetching anything, queries no gateway would send: too deep, too many
 * fields, too costly (lists times their page sizes, nested; {@code parley.graphql.max-cost}, 100,000).
 */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class SubgraphLimitsTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

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

    /**
     * The bad input of issue 13: within the depth and field-count limits (depth 14, 27 fields), but pages of 100
     * nested three times multiply to millions of objects, which ran entity-service out of heap. Refused by cost before
     * anything is fetched: not one SQL statement.
     */
    @Test
    void theIssuesNestedPagesOfAHundredAreRefusedBeforeAnythingIsFetched() {
        String heavy = "{ actors(first: 100) { nodes { %s } } }".formatted(
                "engagements(first: 100) { nodes { participants { actor { %s } } } }".formatted(
                        "engagements(first: 100) { nodes { participants { actor { %s } } } }".formatted(
                                "engagements(first: 100) { nodes { id evidence { sentence } } }")));
        assertNothingFetched(() -> query(heavy)
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].message", equalTo("Query cost 130220220201 exceeds the maximum of 100000;"
                        + " ask for smaller pages or fewer nested lists")));
    }

    /**
     * Just over the budget: the query of {@link #justUnderTheCostBudgetIsAnswered} with one actor more on the page,
     * 1 + 94 × 1,064 = 100,017 (each actor: its node, one engagement, ten assumed participants, each with a page of
     * eight engagements of an id and ten assumed evidence sentences). Refused, nothing fetched.
     */
    @Test
    void justOverTheCostBudgetIsRefusedAndNothingIsFetched() {
        assertNothingFetched(() -> query(pagesOf(94))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].message", startsWith("Query cost 100017 exceeds the maximum of 100000")));
    }

    /** Just under the budget: 1 + 93 × 1,064 = 98,953, answered (and fetched: the statistics do count). */
    @Test
    void justUnderTheCostBudgetIsAnswered() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long before = statistics.getPrepareStatementCount();
        query(pagesOf(93))
                .body("errors", nullValue())
                .body("data.actors.nodes", notNullValue());
        assertTrue(statistics.getPrepareStatementCount() > before, "the answered query prepared no statement");
    }

    /** A cost-free page repeated: each alias of {@code engagements(first: 0)} costs 1, so a timeline of them passes. */
    @Test
    void manyAliasesThatFetchNoPageAreAnswered() {
        StringBuilder counts = new StringBuilder("{");
        for (int i = 0; i < 40; i++) {
            counts.append(" b").append(i).append(": engagements(first: 0) { totalCount }");
        }
        query(counts.append(" }").toString()).body("errors", nullValue());
    }

    private static String pagesOf(int actors) {
        return ("{ actors(first: %d) { nodes { engagements(first: 1) { nodes { participants { actor {"
                + " engagements(first: 8) { nodes { id evidence { sentence } } } } } } } } } }").formatted(actors);
    }

    /** Runs {@code refusal} and checks that it prepared no SQL statement. */
    private void assertNothingFetched(Runnable refusal) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long before = statistics.getPrepareStatementCount();
        assertTimeoutPreemptively(REFUSED_WITHIN, refusal::run);
        assertEquals(before, statistics.getPrepareStatementCount(), "SQL statements prepared for a refused query");
    }

    @Test
    void anOrdinaryQueryIsAnswered() {
        query("{ actors(first: 5) { nodes { id name engagements(first: 5) { nodes { id participants { actor { id } } } } } } }")
                .body("errors", nullValue());
    }
}
