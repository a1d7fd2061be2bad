package org.parley.entity.auth;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.support.GraphQL;
import org.parley.entity.support.Payloads;
import org.parley.entity.support.TestToken;

import java.util.Map;
import java.util.function.UnaryOperator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.entity.support.Deliveries.deliver;

/** Deliveries need the bearer token; reads (GraphQL, export) do not. Real HTTP against the running service. */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class WriteAccessTest {

    /** No Authorization header, a wrong token, another scheme, the right token without its scheme. */
    private static final Map<String, UnaryOperator<RequestSpecification>> REFUSED = Map.of(
            "no header", request -> request,
            "wrong token", request -> request.auth().oauth2("not-the-write-token-0123456789"),
            "right token, Basic scheme", request -> request.header("Authorization", "Basic " + TestToken.VALUE),
            "right token, no scheme", request -> request.header("Authorization", TestToken.VALUE));

    @Inject
    EntityManager entityManager;

    @Test
    void aDeliveryWithoutTheTokenIs401AndStoresNothing() {
        Payloads payload = Payloads.article("2022-02-18")
                .country("c1", "Ruritania").country("c2", "Freedonia")
                .engagement("CALL", "OCCURRED", "2022-02-18", null, "DAY", null, "Ruritania called Freedonia.",
                        "c1", "c2");
        long actors = count("actor");

        REFUSED.forEach((what, credentials) -> credentials.apply(given())
                .contentType(ContentType.JSON)
                .body(payload.body())
            .when()
                .put("/extractions/{id}", payload.articleId())
            .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("error", equalTo("UNAUTHENTICATED")));

        assertEquals(actors, count("actor"));
        assertEquals(0L, count("processed_article WHERE article_id = '" + payload.articleId() + "'"));
        deliver(payload).statusCode(200).body("duplicate", equalTo(false));
        assertEquals(1L, count("processed_article WHERE article_id = '" + payload.articleId() + "'"));
    }

    @Test
    void readsNeedNoToken() {
        GraphQL.query("{ engagements(first: 1) { totalCount } }")
                .body("errors", nullValue());
        given()
            .when()
                .get("/exports/engagements")
            .then()
                .statusCode(200);
    }

    private long count(String table) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }
}
