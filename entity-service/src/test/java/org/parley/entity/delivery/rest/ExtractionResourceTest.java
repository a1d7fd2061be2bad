package org.parley.entity.delivery.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.support.Payloads;
import org.parley.entity.support.TestToken;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.entity.support.Deliveries.deliver;

@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class ExtractionResourceTest {

    @Inject
    EntityManager entityManager;

    private long count(String table) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }

    private Payloads lavrovMeetsBlinken() {
        return Payloads.article("2022-02-18")
                .country("c1", "Russia", "Russia", "Moscow")
                .country("c2", "United States", "US")
                .person("p1", "Sergei Alfa-Lavrovsky", "Foreign Minister", "c1", "Alfa-Lavrovsky")
                .person("p2", "Antony Betablink", "Secretary of State", "c2", "Betablink")
                .engagement("MEETING", "PLANNED", "2022-02-21", "2022-02-27", "WEEK", "Geneva",
                        "Betablink will meet Alfa-Lavrovsky late next week.", "p1", "p2");
    }

    @Test
    void storesADeliveryAndIgnoresTheSameArticleDeliveredAgain() {
        Payloads payload = lavrovMeetsBlinken();
        deliver(payload)
                .statusCode(200)
                .body("duplicate", equalTo(false))
                .body("engagementIds", hasSize(1))
                .body("actorIds", hasSize(4));
        long actors = count("actor");
        long engagements = count("engagement");
        long evidence = count("evidence");
        long aliases = count("actor_alias");

        deliver(payload)
                .statusCode(200)
                .body("duplicate", equalTo(true));

        assertEquals(actors, count("actor"));
        assertEquals(engagements, count("engagement"));
        assertEquals(evidence, count("evidence"));
        assertEquals(aliases, count("actor_alias"));
    }

    @Test
    void rejectsAParticipantRefThatNamesNoActor() {
        Payloads payload = Payloads.article("2022-02-18")
                .country("c1", "Ruritania")
                .engagement("CALL", "OCCURRED", "2022-02-18", null, "DAY", null, "Ruritania called.", "c1", "x9");
        long actors = count("actor");
        deliver(payload)
                .statusCode(400)
                .body("message", containsString("engagements[0].participants[1].actorRef: unknown actor ref 'x9'"));
        assertEquals(actors, count("actor"), "nothing stored");
        assertEquals(0L, count("processed_article WHERE article_id = '" + payload.articleId() + "'"));
    }

    @Test
    void rejectsAnUnknownEngagementType() {
        Payloads payload = Payloads.article("2022-02-18")
                .country("c1", "Ruritania").country("c2", "Freedonia")
                .engagement("DINNER", "OCCURRED", "2022-02-18", null, "DAY", null, "They dined.", "c1", "c2");
        deliver(payload)
                .statusCode(400)
                .body("message", containsString("engagements[0].type: 'DINNER' is not one of"));
    }

    @Test
    void rejectsAnUnknownActorKind() {
        Payloads payload = Payloads.article("2022-02-18").actor("a1", "Acme", "COMPANY", null, null);
        deliver(payload)
                .statusCode(400)
                .body("message", containsString("actors[0].kind: 'COMPANY' is not one of"));
    }

    @Test
    void rejectsAMissingActorName() {
        Payloads payload = Payloads.article("2022-02-18").actor("a1", null, "PERSON", null, null);
        deliver(payload)
                .statusCode(400)
                .body("message", equalTo("actors[0].name: missing"));
    }

    @Test
    void rejectsABadDate() {
        Payloads payload = Payloads.article("18/02/2022");
        deliver(payload)
                .statusCode(400)
                .body("message", containsString("publishedOn: '18/02/2022' is not an ISO date"));
    }

    @Test
    void rejectsABodyWhoseArticleIdDiffersFromThePath() {
        Payloads payload = Payloads.article("2022-02-18");
        given().auth().oauth2(TestToken.VALUE)
                .contentType(ContentType.JSON)
                .body(payload.body())
            .when()
                .put("/extractions/{id}", UUID.randomUUID().toString())
            .then()
                .statusCode(400)
                .body("message", containsString("does not match the article id in the path"));
    }

    @Test
    void rejectsAMissingEvidence() {
        Map<String, Object> body = Payloads.article("2022-02-18")
                .country("c1", "Ruritania").country("c2", "Freedonia")
                .engagement("CALL", "OCCURRED", "2022-02-18", null, "DAY", null, "They talked.", "c1", "c2")
                .body();
        @SuppressWarnings("unchecked")
        var engagement = (Map<String, Object>) ((java.util.List<?>) body.get("engagements")).get(0);
        engagement.remove("evidence");
        given().auth().oauth2(TestToken.VALUE)
                .contentType(ContentType.JSON)
                .body(body)
            .when()
                .put("/extractions/{id}", body.get("articleId"))
            .then()
                .statusCode(400)
                .body("message", equalTo("engagements[0].evidence: missing"));
    }

    @Test
    void rejectsMalformedJson() {
        given().auth().oauth2(TestToken.VALUE)
                .contentType(ContentType.JSON)
                .body("{\"articleId\": ")
            .when()
                .put("/extractions/{id}", UUID.randomUUID().toString())
            .then()
                .statusCode(400)
                .body("message", containsString("malformed JSON"));
    }
}
