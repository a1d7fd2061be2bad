package org.parley.gateway.config;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.parley.gateway.testsupport.FakeSubgraphs;

/** Browsers from configured origins ({@code parley.cors.origins}) may call /graphql; others are not allowed. */
@QuarkusTest
@QuarkusTestResource(FakeSubgraphs.class)
class CorsTest {

    @Test
    void anAllowedOriginPassesThePreflight() {
        given()
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
            .when()
                .options("/graphql")
            .then()
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
    }

    @Test
    void anUnknownOriginIsNotAllowed() {
        given()
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
            .when()
                .options("/graphql")
            .then()
                .header("Access-Control-Allow-Origin", nullValue())
                .statusCode(not(equalTo(200)));
    }
}
