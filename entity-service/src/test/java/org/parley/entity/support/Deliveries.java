package org.parley.entity.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;

/** Sends payloads to {@code PUT /extractions/{articleId}}. */
public final class Deliveries {

    private Deliveries() {
    }

    public static ValidatableResponse deliver(Payloads payload) {
        return given().auth().oauth2(TestToken.VALUE)
                .contentType(ContentType.JSON)
                .body(payload.body())
            .when()
                .put("/extractions/{id}", payload.articleId())
            .then();
    }
}
