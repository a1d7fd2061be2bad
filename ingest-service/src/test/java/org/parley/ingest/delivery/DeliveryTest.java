package org.parley.ingest.delivery;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.parley.ingest.support.Articles;
import org.parley.ingest.support.FakeEntityService;
import org.parley.ingest.support.TestToken;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

@QuarkusTest
class DeliveryTest {

    @Test
    void extractionIsDeliveredAndTheArticleBecomesProcessed() {
        String id = ingest(Map.of("text", Articles.story(), "title", "Swiss and Norwegian ministers meet"));

        awaitStatus(id, "PROCESSED");
        // the fake takes a delivery only with ingest's own write token (parley.auth.token), as entity-service does
        assertEquals(1, FakeEntityService.received(id).size());
        JsonPath delivered = JsonPath.from(FakeEntityService.received(id).get(0).body());
        assertEquals(id, delivered.getString("articleId"));
        assertEquals("2023-03-04", delivered.getString("publishedOn"));
        assertEquals("Swiss and Norwegian ministers meet", delivered.getString("title"));
        assertTrue(delivered.getList("actors.name").contains("Ignazio Cassis"), delivered.prettify());
        assertTrue(delivered.getList("engagements.type").contains("MEETING"), delivered.prettify());
    }

    @Test
    void failedDeliveriesAreRetriedUntilEntityServiceAcknowledges() {
        FakeEntityService.failNext(3);
        String id = ingest(Map.of("text", Articles.story()));

        awaitStatus(id, "PROCESSED");
        assertEquals(1, FakeEntityService.received(id).size(), "acknowledged exactly once");
    }

    private static String ingest(Map<String, String> article) {
        return given().auth().oauth2(TestToken.VALUE)
                .contentType(ContentType.JSON)
                .body(article)
        .when()
                .post("/articles")
        .then()
                .statusCode(201)
                .extract().path("id");
    }

    private static void awaitStatus(String id, String expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String status = null;
        while (Instant.now().isBefore(deadline)) {
            status = given().when().get("/articles/{id}", id).then().statusCode(200).extract().path("status");
            if (expected.equals(status)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(e);
            }
        }
        fail("article " + id + " is " + status + ", expected " + expected);
    }
}
