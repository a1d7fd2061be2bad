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
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClient;
import io.smallrye.graphql.client.vertx.dynamic.VertxDynamicGraphQLClientBuilder;
import io.smallrye.graphql.client.websocket.WebsocketSubprotocol;
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
        for (FakeSubgraph subgraph : List.of(FakeSubgraphs.ingest(), FakeSubgraphs.entity())) {
            subgraph.stop();
            subgraph.start(subgraph.port());
        }
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

    @Test
    void theExportWithEntityServiceStoppedIsBadGatewayInOurWords() {
        FakeSubgraphs.entity().stop();
        given()
            .when()
                .get("/export/engagements?format=csv")
            .then()
                .statusCode(502)
                .body("error", equalTo("SUBGRAPH_UNAVAILABLE"))
                // before: "entity-service: java.net.ConnectException" and whatever the JDK said of the address
                .body("message", equalTo("entity-service unavailable: not reachable"));
    }

    @Test
    void aSubscriptionWhoseSubgraphIsStoppedEndsInsteadOfHanging() throws Exception {
        FakeSubgraphs.entity().stop();
        try (DynamicGraphQLClient client = new VertxDynamicGraphQLClientBuilder()
                .url(graphqlUrl.toString())
                .subprotocols(WebsocketSubprotocol.GRAPHQL_TRANSPORT_WS)
                .build()) {
            // before: the relay answered with an error event, a null for the non-null field, which failed the
            // stream on the server, and the client waited for ever
            List<Response> events = client.subscription("subscription { engagementRecorded { id } }")
                    .collect().asList()
                    .await().atMost(Duration.ofSeconds(20));
            assertEquals(List.of(), events);
        }
    }

    private static List<String> codesAndPaths(Response response) {
        return response.getErrors().stream()
                .map(error -> error.getExtensions().get("code") + " " + List.of(error.getPath())).toList();
    }
}
