package org.parley.ingest.graphql;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.parley.ingest.support.ArticleQueries.graphql;

/**
 * This subgraph called directly refuses at once, with a code, what the gateway would never send: its own schema has
 * no cycle, so the deep queries are entity-service's cyclic query (not valid here) and introspection's cycle.
 */
@QuarkusTest
class SubgraphLimitsTest {

    /**
     * Refused, not worked on: such a query kept a service at full CPU for minutes. The bound is generous because the
     * machines running tests are shared and ingest-service loads CoreNLP while the first tests run (a refusal took up
     * to 7 s there); how fast a refusal is belongs to a benchmark, not to this test.
     */
    private static final Duration REFUSED_WITHIN = Duration.ofSeconds(30);

    @Test
    void entityServicesCyclicQueryOfDepthTwentySevenIsRefusedAtOnce() {
        String cycle = "engagements(first: 100) { nodes { participants { actor { %s } } } }";
        String inner = "engagements(first: 100) { nodes { participants { actor { id } } } }";
        for (int i = 0; i < 5; i++) {
            inner = cycle.formatted(inner);
        }
        String deep = "{ actors(first: 100) { nodes { " + inner + " } } }";
        assertTimeoutPreemptively(REFUSED_WITHIN, () -> graphql(deep, Map.of())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED")));
    }

    @Test
    void aCyclicIntrospectionQueryOfDepthTwentySevenIsRefusedAtOnce() {
        // __schema > types, then fields > type twelve times over, then name: depth 27
        String inner = "name";
        for (int i = 0; i < 12; i++) {
            inner = "fields { type { %s } }".formatted(inner);
        }
        String deep = "{ __schema { types { " + inner + " } } }";
        assertTimeoutPreemptively(REFUSED_WITHIN, () -> graphql(deep, Map.of())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .body("errors[0].message", equalTo("Query depth 27 exceeds the maximum of 16")));
    }

    @Test
    void tooManyFieldsAreRefused() {
        StringBuilder wide = new StringBuilder("{ articles(first: 1) { nodes {");
        for (int i = 0; i < 5_001; i++) {
            wide.append(" id"); // the same field over and over: shallow, but 5,003 fields to graphql-java
        }
        graphql(wide.append(" } } }").toString(), Map.of())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].message", equalTo("Query complexity 5003 exceeds the maximum of 5000"));
    }

    /**
     * Bad input: twenty aliases of a page of 100 article texts (60 fields, far under the field limit, but up to 2,000
     * texts of 200,000 characters). Each alias costs 1 + 100 × (1 + 50) = 5,101; twenty cost 102,020.
     */
    @Test
    void twentyPagesOfArticleTextsAreTooCostly() {
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 20; i++) {
            aliases.append(" a").append(i).append(": articles(first: 100) { nodes { text } }");
        }
        assertTimeoutPreemptively(REFUSED_WITHIN, () -> graphql(aliases.append(" }").toString(), Map.of())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].message", startsWith("Query cost 102020 exceeds the maximum of 100000")));
    }

    /** Bad input: an {@code _entities} request for the texts of 2,000 articles costs 1 + 2,000 × 50 = 100,001. */
    @Test
    void anEntitiesRequestForTwoThousandTextsIsTooCostly() {
        List<Map<String, Object>> representations = IntStream.range(0, 2_000)
                .<Map<String, Object>>mapToObj(i -> Map.of("__typename", "Article", "id", String.valueOf(i + 1)))
                .toList();
        assertTimeoutPreemptively(REFUSED_WITHIN, () -> graphql(
                "query($r: [_Any!]!) { _entities(representations: $r) { ... on Article { text } } }",
                Map.of("r", representations))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].message", startsWith("Query cost 100001 exceeds the maximum of 100000")));
    }

    @Test
    void anOrdinaryQueryIsAnswered() {
        graphql("{ articles(first: 5) { totalCount nodes { id status } } }", Map.of())
                .body("errors", nullValue());
    }
}
