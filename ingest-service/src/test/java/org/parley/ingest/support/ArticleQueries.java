package org.parley.ingest.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.fail;

/** Calls of the tests: GraphQL with the write token, ingesting a story, waiting for an article's status. */
public final class ArticleQueries {

    private static final String ARTICLE = """
            query Article($id: ID!) { article(id: $id) { id status attempts failureReason } }""";

    private ArticleQueries() {
    }

    public static ValidatableResponse graphql(String query, Map<String, ?> variables) {
        return given().auth().oauth2(TestToken.VALUE)
                .contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
        .when()
                .post("/graphql")
        .then()
                .log().ifValidationFails()
                .statusCode(200);
    }

    /** How many articles are stored: what a test of bad input checks is unchanged. */
    public static int storedArticles() {
        return graphql("{ articles(first: 0) { totalCount } }", Map.of()).extract().path("data.articles.totalCount");
    }

    /** Posts {@link Articles#story(String)} of {@code caseId} over REST with the write token; returns its id. */
    public static String ingestStory(String caseId) {
        return given().auth().oauth2(TestToken.VALUE)
                .contentType(ContentType.JSON)
                .body(Map.of("text", Articles.story(caseId)))
        .when()
                .post("/articles")
        .then()
                .statusCode(201)
                .extract().path("id");
    }

    public static ValidatableResponse awaitStatus(String id, String expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String status = null;
        while (Instant.now().isBefore(deadline)) {
            ValidatableResponse response = graphql(ARTICLE, Map.of("id", id)).body("errors", nullValue());
            status = response.extract().path("data.article.status");
            if (expected.equals(status)) {
                return response;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(e);
            }
        }
        fail("article " + id + " is " + status + ", expected " + expected);
        return null;
    }
}
