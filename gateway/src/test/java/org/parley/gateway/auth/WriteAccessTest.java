package org.parley.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.gateway.testsupport.GraphQLRequests.graphql;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.gateway.testsupport.FakeSubgraph;
import org.parley.gateway.testsupport.FakeSubgraphs;
import org.parley.gateway.testsupport.GraphQLRequests;
import org.parley.gateway.testsupport.TestToken;

/**
 * Mutations need the bearer token and pass the caller's header on to ingest-service; queries, the export and the
 * explorer do not. Real HTTP against the gateway and its fake subgraphs.
 */
@QuarkusTest
@QuarkusTestResource(FakeSubgraphs.class)
class WriteAccessTest {

    private static final String INGEST = """
            mutation Ingest($input: ArticleInput!) { ingestArticle(input: $input) { id status } }""";
    private static final String RETRY = """
            mutation Retry($id: ID!) { retryArticle(id: $id) { id status } }""";

    /** No Authorization header, a wrong token, another scheme, the right token without its scheme. */
    private static final Map<String, UnaryOperator<RequestSpecification>> REFUSED = Map.of(
            "no header", request -> request,
            "wrong token", request -> request.auth().oauth2("not-the-write-token-0123456789"),
            "right token, Basic scheme", request -> request.header("Authorization", "Basic " + TestToken.VALUE),
            "right token, no scheme", request -> request.header("Authorization", TestToken.VALUE));

    @TestHTTPResource("/graphql")
    URL graphqlUrl;

    @BeforeEach
    void reset() {
        FakeSubgraphs.resetAll();
    }

    @Test
    void mutationsWithoutTheTokenAreUnauthenticatedAndReachNoSubgraph() {
        REFUSED.forEach((what, credentials) -> {
            graphql(credentials.apply(given()), INGEST, Map.of("input", Map.of("text", "Talks in Geneva.")))
                    .body("data", nullValue())
                    .body("errors", hasSize(1))
                    .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                    .body("errors[0].path[0]", equalTo("ingestArticle"));
            graphql(credentials.apply(given()), RETRY, Map.of("id", "failed-1"))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        });
        assertEquals(List.of(), FakeSubgraphs.ingest().received());
        assertEquals(List.of(), FakeSubgraphs.entity().received());
    }

    @Test
    void aMutationOverAWebsocketHasNoHeaderAndIsUnauthenticated() {
        // SmallRye's client reports an operation error over graphql-transport-ws as an exception
        Exception refused = assertThrows(Exception.class,
                () -> GraphQLRequests.execute(graphqlUrl, true, RETRY, Map.of("id", "failed-1"), null));
        assertTrue(refused.toString().contains("code=UNAUTHENTICATED"), refused.toString());
        assertEquals(List.of(), FakeSubgraphs.ingest().received());
    }

    @Test
    void theRightTokenGoesOnToIngestWithTheMutationOnly() {
        GraphQLRequests.asWriter("""
                mutation { ingestArticle(input: {text: "Talks."}) { id status engagements { id } } }""", Map.of())
                .body("errors", nullValue())
                .body("data.ingestArticle.id", notNullValue());

        FakeSubgraph.Received mutation = FakeSubgraphs.ingest().received().get(0);
        assertTrue(mutation.query().startsWith("mutation"), mutation.query());
        assertEquals("Bearer " + TestToken.VALUE, mutation.authorization());
        // the reads that complete the answer carry no credentials
        FakeSubgraphs.entity().received().forEach(read -> assertNull(read.authorization(), read.query()));
    }

    @Test
    void readsNeedNoToken() {
        graphql("{ articles(first: 1) { totalCount } }").body("errors", nullValue())
                .body("data.articles.totalCount", equalTo(42));
        graphql("{ engagements(first: 1) { nodes { id evidence { article { id url } } } } }")
                .body("errors", nullValue());
        // a wrong token on a query is ignored, not an error
        graphql(given().auth().oauth2("not-the-write-token-0123456789"), "{ articles(first: 1) { totalCount } }",
                Map.of()).body("errors", nullValue());
        given().when().get("/export/engagements?format=csv").then().statusCode(200);
        given().when().get("/").then().statusCode(200);
        FakeSubgraphs.ingest().received().forEach(read -> assertNull(read.authorization(), read.query()));
    }
}
