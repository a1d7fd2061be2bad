package org.parley.gateway.forwarding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.gateway.testsupport.GraphQLRequests.asWriter;
import static org.parley.gateway.testsupport.GraphQLRequests.graphql;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.graphql.client.GraphQLError;
import io.smallrye.graphql.client.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.gateway.testsupport.FakeSubgraph;
import org.parley.gateway.testsupport.FakeSubgraphs;
import org.parley.gateway.testsupport.GraphQLRequests;

/**
 * Queries one subgraph answers whole are forwarded as the client wrote them (HTTP POST), and answer exactly what
 * the gateway's executor answers for them (reached here over graphql-transport-ws, which is never forwarded).
 */
@QuarkusTest
@QuarkusTestResource(FakeSubgraphs.class)
class ForwardingTest {

    private static final String PAGE = """
            { engagements(first: 5) { totalCount nodes { id type status date { start end precision }
                participants { role actor { name kind } } evidence { sentence article { id title } } }
                pageInfo { hasNextPage endCursor } } }""";

    private static final String ALIASES_FRAGMENTS_VARIABLES = """
            query Mixed($id: ID!, $n: Int, $withDate: Boolean!) {
              first: engagement(id: $id) {
                __typename kind: type when: date @include(if: $withDate) { from: start text } ...Sources
              }
              someone: actor(id: "1") {
                __typename label: name
                recent: engagements(first: $n, filter: {statuses: [OCCURRED]}) { totalCount nodes { id } }
                counterparts(first: 5) { engagementCount lastDate actor { name affiliation { name } } }
              }
            }
            fragment Sources on Engagement { evidence { sentence start end article { ... on Article { id title } } } }""";

    private static final String ARTICLES = """
            query Articles($n: Int) {
              articles(first: $n) { totalCount edges { cursor node { id title status publishedOn receivedAt } }
                pageInfo { hasNextPage endCursor } }
            }""";

    private static final String TWO_OPERATIONS = """
            query People { actors(first: 2) { nodes { id name } } }
            query Page { engagements(first: 2) { nodes { id } } }""";

    @TestHTTPResource("/graphql")
    URL graphqlUrl;

    @BeforeEach
    void reset() {
        FakeSubgraphs.resetAll();
    }

    static Stream<Arguments> representativeQueries() {
        return Stream.of(
                Arguments.of("page of engagements", PAGE, Map.of(), null, "entity"),
                Arguments.of("aliases, fragments, variables, __typename", ALIASES_FRAGMENTS_VARIABLES,
                        Map.of("id", "e7", "n", 2, "withDate", true), null, "entity"),
                Arguments.of("articles with variables", ARTICLES, Map.of("n", 3), null, "ingest"),
                Arguments.of("operation chosen by name", TWO_OPERATIONS, Map.of(), "Page", "entity"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("representativeQueries")
    void aForwardedAnswerEqualsTheExecutorsAnswer(String name, String query, Map<String, Object> variables,
                                                 String operationName, String subgraph) throws Exception {
        FakeSubgraph target = "entity".equals(subgraph) ? FakeSubgraphs.entity() : FakeSubgraphs.ingest();
        Response forwarded = execute(false, query, variables, operationName);
        assertEquals(List.of(new FakeSubgraph.Received(query, variables)), target.received(),
                "forwarded once, as written");
        FakeSubgraphs.resetAll();

        Response executed = execute(true, query, variables, operationName);
        assertFalse(target.received().isEmpty());
        assertNotEquals(query, target.received().get(0).query(), "the executor writes its own subgraph operation");

        assertFalse(forwarded.hasError(), () -> forwarded.getErrors().toString());
        assertFalse(executed.hasError(), () -> executed.getErrors().toString());
        assertEquals(executed.getData().toString(), forwarded.getData().toString(), "same data, same order");
    }

    @Test
    void anAnswerWithErrorsIsReportedByTheExecutorWithTheSubgraphsCode() throws Exception {
        String query = "{ engagement(id: \"404\") { id type } }";
        Response forwarded = execute(false, query, Map.of(), null);
        Response executed = execute(true, query, Map.of(), null);

        assertEquals(executed.getData().toString(), forwarded.getData().toString());
        assertEquals(describe(executed.getErrors()), describe(forwarded.getErrors()));
        assertEquals("NOT_FOUND", forwarded.getErrors().get(0).getExtensions().get("code"));
        List<FakeSubgraph.Received> received = FakeSubgraphs.entity().received();
        assertEquals(3, received.size(), "forwarded, then asked again by the executor; then once over websocket");
        assertEquals(query, received.get(0).query());
    }

    @Test
    void aQueryWithinTheLimitsForItsVariablesIsForwarded() {
        // with {"n": 101} the same document is refused (QueryLimitsTest)
        String query = "query($n: Int) { engagements(first: $n) { totalCount } }";
        graphql(query, Map.of("n", 5)).body("errors", nullValue()).body("data.engagements.totalCount", equalTo(1000));
        assertEquals(List.of(new FakeSubgraph.Received(query, Map.of("n", 5))), FakeSubgraphs.entity().received());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mutation { ingestArticle(input: {text: \"Talks.\"}) { id } }",
            "{ __schema { queryType { name } } articles(first: 1) { totalCount } }",
            "{ articles(first: 1) { nodes { id engagements { id } } } }"})
    void mutationsIntrospectionAndCrossServiceQueriesAreExecuted(String query) {
        asWriter(query, Map.of()).body("errors", nullValue());
        FakeSubgraph.Received first = FakeSubgraphs.ingest().received().get(0);
        assertNotEquals(query, first.query(), "executed, not forwarded: " + first.query());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "application/json", "application/graphql-response+json", "*/*",
            "text/html, application/json;q=0.9"})
    void aForwardedAnswerHasTheContentTypeOfAnExecutedOne(String accept) {
        String forwarded = contentType(accept, "{ articles(first: 1) { totalCount } }");
        String executed = contentType(accept, "{ articles(first: 1) { totalCount nodes { actors { id } } } }");
        assertEquals(executed, forwarded);
        assertEquals(2, FakeSubgraphs.ingest().received().size());
        assertEquals("{ articles(first: 1) { totalCount } }", FakeSubgraphs.ingest().received().get(0).query());
    }

    @Test
    void aForwardedAnswerCarriesTheCorsHeaders() {
        given()
                .header("Origin", "http://localhost:5173")
                .contentType(ContentType.JSON)
                .body(Map.of("query", "{ articles(first: 1) { totalCount } }"))
            .when()
                .post("/graphql")
            .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
                .body("data.articles.totalCount", equalTo(42));
        assertEquals(1, FakeSubgraphs.ingest().received().size());
    }

    @Test
    void repeatedQueriesAreForwardedEveryTime() {
        for (int i = 0; i < 3; i++) {
            graphql(PAGE).body("data.engagements.nodes.id", contains("e0", "e1", "e2", "e3", "e4"));
        }
        assertEquals(3, FakeSubgraphs.entity().received().stream().filter(r -> r.query().equals(PAGE)).count());
    }

    private String contentType(String accept, String query) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", query));
        if (!accept.isEmpty()) {
            request.header("Accept", accept);
        }
        return request.when().post("/graphql").then().statusCode(200).extract().contentType();
    }

    private Response execute(boolean overWebsocket, String query, Map<String, Object> variables, String operationName)
            throws Exception {
        return GraphQLRequests.execute(graphqlUrl, overWebsocket, query, variables, operationName);
    }

    static List<String> describe(List<GraphQLError> errors) {
        return errors.stream().map(error -> error.getMessage() + " at " + List.of(error.getPath())
                + " " + error.getExtensions().get("code")).toList();
    }
}
