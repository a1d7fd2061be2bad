package org.parley.ingest.delivery;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.parley.ingest.support.Articles;
import org.parley.ingest.support.FakeEntityService;
import org.parley.ingest.support.TestToken;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.ingest.support.ArticleQueries.awaitStatus;
import static org.parley.ingest.support.ArticleQueries.graphql;

/** Bounded delivery attempts: 4xx answers fail an article after the bound, transient failures never do. */
@QuarkusTest
class DeliveryAttemptsTest {

    private static final String ARTICLE = """
            query Article($id: ID!) { article(id: $id) { id status attempts failureReason } }""";
    private static final String RETRY = """
            mutation Retry($id: ID!) { retryArticle(id: $id) { id status attempts failureReason } }""";

    @Test
    void aDeliveryEntityServiceRejectsFailsTheArticleAfterTheBoundAndRetryDeliversIt() {
        String title = "Rejected " + UUID.randomUUID();
        FakeEntityService.answer(title, 422,
                "{\"error\":\"INVALID_EXTRACTION\",\"message\":\"engagements[0].evidence.sentence: too long\"}", 3);
        String id = ingest(title);

        awaitStatus(id, "FAILED")
                .body("data.article.attempts", equalTo(3))
                .body("data.article.failureReason", containsString("HTTP 422"))
                .body("data.article.failureReason", containsString("evidence.sentence: too long"));
        assertEquals(0, FakeEntityService.received(id).size());

        graphql(RETRY, Map.of("id", id))
                .body("errors", nullValue())
                .body("data.retryArticle.status", equalTo("RECEIVED"));
        awaitStatus(id, "PROCESSED")
                .body("data.article.attempts", equalTo(4))
                .body("data.article.failureReason", nullValue());
        assertEquals(1, FakeEntityService.received(id).size(), "delivered once after the retry");
    }

    @Test
    void transientFailuresAreRetriedWhileAttemptsAreCounted() {
        String title = "Unavailable " + UUID.randomUUID();
        FakeEntityService.answer(title, 503, "", 4);
        String id = ingest(title);

        awaitStatus(id, "PROCESSED")
                .body("data.article.attempts", equalTo(5))
                .body("data.article.failureReason", nullValue());
        assertEquals(1, FakeEntityService.received(id).size());
    }

    @Test
    void restShowsAttempts() {
        String title = "Attempts over REST " + UUID.randomUUID();
        String id = ingest(title);
        awaitStatus(id, "PROCESSED");

        given()
        .when()
                .get("/articles/{id}", id)
        .then()
                .statusCode(200)
                .body("attempts", equalTo(1))
                .body("failureReason", nullValue());
    }

    @Test
    void retryingAnUnknownArticleIsNotFound() {
        graphql(RETRY, Map.of("id", UUID.randomUUID().toString()))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        graphql(RETRY, Map.of("id", "not-an-id"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void retryingAnArticleThatHasNotFailedIsBadUserInput() {
        String id = ingest("Not failed " + UUID.randomUUID());

        graphql(RETRY, Map.of("id", id))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("only a FAILED article can be retried"))
                .body("errors[0].message", not(containsString("Exception")));
    }

    static String ingest(String title) {
        return given().auth().oauth2(TestToken.VALUE)
                .contentType(ContentType.JSON)
                .body(Map.of("text", Articles.story(), "title", title))
        .when()
                .post("/articles")
        .then()
                .statusCode(201)
                .extract().path("id");
    }
}
