package org.parley.gateway.subgraph;

import static org.parley.gateway.testsupport.GraphQLRequests.graphql;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;


import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.graphql.client.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.gateway.testsupport.FakeSubgraph;
import org.parley.gateway.testsupport.FakeSubgraphs;
import org.parley.gateway.testsupport.GraphQLRequests;

/** A subgraph that is down or too slow gives SERVICE_UNAVAILABLE promptly, never a hang. */
@QuarkusTest
@QuarkusTestResource(FakeSubgraphs.class)
class SubgraphUnavailableTest {

    @TestHTTPResource("/graphql")
    URL graphqlUrl;

    @BeforeEach
    void reset() {
        FakeSubgraphs.resetAll();
    }

    @AfterEach
    void restart() {
        FakeSubgraph ingest = FakeSubgraphs.ingest();
        ingest.stop();
        ingest.start(ingest.port());
        FakeSubgraphs.resetAll();
    }

    @Test
    void aStoppedSubgraphIsServiceUnavailable() {
        FakeSubgraphs.ingest().stop();
        graphql("{ articles { totalCount } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"))
                // our words: no exception text, no host or port of the subgraph
                .body("errors[0].message", equalTo("ingest subgraph unavailable: not reachable"))
                .body("errors[0].path[0]", equalTo("articles"));
    }

    @Test
    void aStoppedSubgraphGivesTheSameErrorsToAForwardedAndAnExecutedQuery() throws Exception {
        FakeSubgraphs.ingest().stop();
        String query = "{ first: article(id: \"a1\") { title } second: article(id: \"a2\") { id } }";
        Response forwarded = GraphQLRequests.execute(graphqlUrl, false, query, Map.of(), null);
        Response executed = GraphQLRequests.execute(graphqlUrl, true, query, Map.of(), null);

        assertEquals(executed.getData().toString(), forwarded.getData().toString());
        assertEquals(codesAndPaths(executed), codesAndPaths(forwarded));
        assertEquals(List.of("SERVICE_UNAVAILABLE [first]", "SERVICE_UNAVAILABLE [second]"), codesAndPaths(forwarded));
    }

    @Test
    void aStoppedSubgraphBehindACrossServiceFieldIsServiceUnavailable() {
        FakeSubgraphs.ingest().stop();
        graphql("{ engagement(id: \"e1\") { id evidence { article { title url } } } }")
                .body("data.engagement.id", equalTo("e1"))
                .body("data.engagement.evidence[0].article.title", equalTo("Title of a1"))
                .body("data.engagement.evidence[0].article.url", nullValue())
                .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"));
    }

    @Test
    void aSubgraphSlowerThanTheRequestTimeoutIsServiceUnavailable() {
        FakeSubgraphs.ingest().delayAnswers(Duration.ofSeconds(5));
        given()
                .contentType(ContentType.JSON)
                .body(Map.of("query", "{ article(id: \"a1\") { title } }"))
            .when()
                .post("/graphql")
            .then()
                .time(lessThan(4500L))
                .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"))
                .body("errors[0].message", startsWith("ingest subgraph unavailable: no answer within "));
    }

    private static List<String> codesAndPaths(Response response) {
        return response.getErrors().stream()
                .map(error -> error.getExtensions().get("code") + " " + List.of(error.getPath())).toList();
    }
}
