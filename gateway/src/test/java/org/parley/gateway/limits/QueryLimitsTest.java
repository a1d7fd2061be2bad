package org.parley.gateway.limits;

import static org.parley.gateway.testsupport.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;


import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.gateway.testsupport.FakeSubgraphs;

/** Operations refused by the gateway itself: each gets an error code and no subgraph sees a request. */
@QuarkusTest
@QuarkusTestResource(FakeSubgraphs.class)
class QueryLimitsTest {


    @BeforeEach
    void reset() {
        FakeSubgraphs.resetAll();
    }

    @AfterEach
    void noSubgraphWasCalled() {
        assertTrue(FakeSubgraphs.entity().received().isEmpty(), "entity subgraph saw " + FakeSubgraphs.entity().received());
        assertTrue(FakeSubgraphs.ingest().received().isEmpty(), "ingest subgraph saw " + FakeSubgraphs.ingest().received());
    }

    @Test
    void tooDeepIsRefused() {
        // 14 levels: actor > affiliation x12 > name
        String query = """
                { actor(id: "1") { affiliation { affiliation { affiliation { affiliation { affiliation { affiliation {
                  affiliation { affiliation { affiliation { affiliation { affiliation { affiliation { name }
                } } } } } } } } } } } } }
                """;
        graphql(query, Map.of())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .body("errors[0].message", containsString("exceeds the maximum of 12"));
    }

    @Test
    void tooCostlyIsRefused() {
        String query = """
                {
                  actors(first: 100) {
                    nodes {
                      engagements(first: 100) {
                        nodes { participants { actor { name } } evidence { article { title } } }
                      }
                    }
                  }
                }
                """;
        graphql(query, Map.of())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    @Test
    void aThousandAliasesOfAnArticleTextAreTooCostly() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 1000; i++) {
            query.append(" a").append(i).append(": article(id: \"a1\") { text }");
        }
        graphql(query.append(" }").toString(), Map.of())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    @Test
    void nestedFragmentsAreRefusedBeforeTheyAreExpanded() {
        // ten fields, each spreading the next fragment of ten fields, five levels: 111,110 fields once expanded
        StringBuilder query = new StringBuilder("{ actor(id: \"1\") { ...L1 } }\n");
        for (int level = 1; level <= 5; level++) {
            query.append("fragment L").append(level).append(" on Actor {");
            for (int f = 0; f < 10; f++) {
                query.append(level < 5 ? " f%d: affiliation { ...L%d }".formatted(f, level + 1) : " f%d: name".formatted(f));
            }
            query.append(" }\n");
        }
        long start = System.nanoTime();
        graphql(query.toString(), Map.of())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2000, "refused in " + millis + " ms");
    }

    @Test
    void tooCostlyThroughVariablesIsRefused() {
        String query = """
                query Costly($actors: Int, $engagements: Int) {
                  actors(first: $actors) {
                    nodes { engagements(first: $engagements) { nodes { participants { actor { name } } } } }
                  }
                }
                """;
        graphql(query, Map.of("actors", 100, "engagements", 100))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    @Test
    void tooDeepWhenAVariableIncludesTheDeepPartIsRefused() {
        String query = """
                query Deep($deep: Boolean!) {
                  actor(id: "1") { name affiliation @include(if: $deep) { affiliation { affiliation { affiliation {
                    affiliation { affiliation { affiliation { affiliation { affiliation { affiliation { affiliation {
                      name
                  } } } } } } } } } } } }
                }
                """;
        graphql(query, Map.of("deep", true))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
    }

    @Test
    void aPageLargerThanTheMaximumIsBadInput() {
        graphql("query($n: Int) { engagements(first: $n) { totalCount } }", Map.of("n", 101))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("between 0 and 100, got 101"));
        graphql("{ actor(id: \"1\") { counterparts(first: -1) { engagementCount } } }", Map.of())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void anUnknownFieldFailsValidation() {
        graphql("{ engagements { nodes { id colour } } }", Map.of())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("colour"));
    }

    @Test
    void malformedSyntaxAndMalformedDatesAreRefused() {
        // SmallRye parses before graphql-java runs, so a syntax error carries SmallRye's classification, not a code
        graphql("{ engagements { nodes { id }", Map.of())
                .body("data", nullValue())
                .body("errors[0].message", equalTo("Unparseable input document"));
        graphql("query($f: EngagementFilter) { engagements(filter: $f) { totalCount } }",
                Map.of("f", Map.of("from", "18/02/2022")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("18/02/2022"));
    }
}
