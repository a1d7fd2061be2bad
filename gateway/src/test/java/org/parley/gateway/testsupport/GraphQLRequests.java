package org.parley.gateway.testsupport;

import static io.restassured.RestAssured.given;

import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** A client's GraphQL POST to the gateway under test; GraphQL answers 200 even when the body carries errors. */
public final class GraphQLRequests {

    private GraphQLRequests() {
    }

    public static ValidatableResponse graphql(String query) {
        return graphql(query, Map.of());
    }

    public static ValidatableResponse graphql(String query, Map<String, Object> variables) {
        return given()
                .contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
            .when()
                .post("/graphql")
            .then()
                .statusCode(Status.OK.getStatusCode());
    }
}
