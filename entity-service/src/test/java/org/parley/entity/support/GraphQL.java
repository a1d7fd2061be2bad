package org.parley.entity.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Posts GraphQL operations to the subgraph's {@code /graphql}. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse query(String query) {
        return query(query, Map.of());
    }

    public static ValidatableResponse query(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given()
                .contentType(ContentType.JSON)
                .body(body)
            .when()
                .post("/graphql")
            .then()
                .statusCode(200);
    }
}
