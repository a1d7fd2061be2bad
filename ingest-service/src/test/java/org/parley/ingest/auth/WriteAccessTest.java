package org.parley.ingest.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.parley.ingest.support.Articles;
import org.parley.ingest.support.TestToken;

import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Writes need the bearer token, over REST and GraphQL; reads do not. Real HTTP against the running service. */
@QuarkusTest
class WriteAccessTest {

    private static final String INGEST = """
            mutation Ingest($input: ArticleInput!) { ingestArticle(input: $input) { id } }""";
    private static final String RETRY = """
            mutation Retry($id: ID!) { retryArticle(id: $id) { id } }""";
    private static final String COUNT = """
            { articles(first: 1) { totalCount } }""";

    /** No Authorization header, a wrong token, another scheme, the right token without its scheme. */
    private static final Map<String, UnaryOperator<RequestSpecification>> REFUSED = Map.of(
            "no header", request -> request,
            "wrong token", request -> request.auth().oauth2("not-the-write-token-0123456789"),
            "right token, Basic scheme", request -> request.header("Authorization", "Basic " + TestToken.VALUE),
            "right token, no scheme", request -> request.header("Authorization", TestToken.VALUE),
            "token with a prefix of the right one", request -> request.auth().oauth2(TestToken.VALUE.substring(0, 20)));

    @Test
    void postWithoutTheTokenIs401AndStoresNothing() {
        int before = articleCount();
        REFUSED.forEach((what, credentials) -> credentials.apply(given())
                .contentType(ContentType.JSON)
                .body(Map.of("text", Articles.story()))
        .when()
                .post("/articles")
        .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("UNAUTHENTICATED")));
        assertEquals(before, articleCount());
    }

    @Test
    void aMalformedBodyWithoutTheTokenIs401NotParsed() {
        given()
                .contentType(ContentType.JSON)
                .body("{not json")
        .when()
                .post("/articles")
        .then()
                .statusCode(401);
    }

    @Test
    void mutationsWithoutTheTokenAreUnauthenticatedAndStoreNothing() {
        String existing = ingestWithToken();
        int before = articleCount();
        REFUSED.forEach((what, credentials) -> {
            graphql(credentials.apply(given()), INGEST, Map.of("input", Map.of("text", Articles.story())))
                    .body("data", nullValue())
                    .body("errors", hasSize(1))
                    .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                    .body("errors[0].path[0]", equalTo("ingestArticle"));
            // checked before the id is looked up: an unknown id and a known one are refused alike
            graphql(credentials.apply(given()), RETRY, Map.of("id", existing))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
            graphql(credentials.apply(given()), RETRY, Map.of("id", UUID.randomUUID().toString()))
                    .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        });
        assertEquals(before, articleCount());
    }

    @Test
    void readsNeedNoToken() {
        String id = ingestWithToken();

        given().when().get("/articles/{id}", id).then().statusCode(200).body("id", equalTo(id));
        graphql(given(), "query A($id: ID!) { article(id: $id) { id status } }", Map.of("id", id))
                .body("errors", nullValue())
                .body("data.article.id", equalTo(id));
        // a wrong token on a read is ignored, not an error
        graphql(given().auth().oauth2("not-the-write-token-0123456789"), COUNT, Map.of())
                .body("errors", nullValue())
                .body("data.articles.totalCount", notNullValue());
    }

    @Test
    void theRightTokenWritesOverRestAndGraphQL() {
        int before = articleCount();

        given().header("Authorization", "bearer " + TestToken.VALUE)
                .contentType(ContentType.JSON)
                .body(Map.of("text", Articles.story()))
        .when()
                .post("/articles")
        .then()
                .statusCode(201);
        graphql(given().auth().oauth2(TestToken.VALUE), INGEST, Map.of("input", Map.of("text", Articles.story())))
                .body("errors", nullValue())
                .body("data.ingestArticle.id", notNullValue());

        assertEquals(before + 2, articleCount());
    }

    private static String ingestWithToken() {
        return given().auth().oauth2(TestToken.VALUE)
                .contentType(ContentType.JSON)
                .body(Map.of("text", Articles.story()))
        .when()
                .post("/articles")
        .then()
                .statusCode(201)
                .extract().path("id");
    }

    private static int articleCount() {
        return graphql(given(), COUNT, Map.of()).extract().path("data.articles.totalCount");
    }

    private static ValidatableResponse graphql(RequestSpecification request, String query, Map<String, ?> variables) {
        return request
                .contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
        .when()
                .post("/graphql")
        .then()
                .statusCode(200);
    }
}
