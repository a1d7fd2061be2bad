package org.parley.gateway.testsupport;

import static io.restassured.RestAssured.given;

import java.net.URL;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.graphql.client.Response;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClient;
import io.smallrye.graphql.client.vertx.dynamic.VertxDynamicGraphQLClientBuilder;
import io.smallrye.graphql.client.websocket.WebsocketSubprotocol;

/** A client's GraphQL POST to the gateway under test; GraphQL answers 200 even when the body carries errors. */
public final class GraphQLRequests {

    private GraphQLRequests() {
    }

    public static ValidatableResponse graphql(String query) {
        return graphql(query, Map.of());
    }

    public static ValidatableResponse graphql(String query, Map<String, Object> variables) {
        return graphql(given(), query, variables);
    }

    /** The same request sent with the write token, as a mutation needs. */
    public static ValidatableResponse asWriter(String query, Map<String, Object> variables) {
        return graphql(given().auth().oauth2(TestToken.VALUE), query, variables);
    }

    /** The same request with the given credentials (or none). */
    public static ValidatableResponse graphql(RequestSpecification request, String query,
                                              Map<String, Object> variables) {
        return request
                .contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
            .when()
                .post("/graphql")
            .then()
                .statusCode(Status.OK.getStatusCode());
    }

    /**
     * Runs an operation through the gateway at {@code url} with SmallRye's GraphQL client: over HTTP POST, or over
     * graphql-transport-ws, which the gateway always executes itself (never forwards).
     */
    public static Response execute(URL url, boolean overWebsocket, String query, Map<String, Object> variables,
                                   String operationName) throws Exception {
        try (DynamicGraphQLClient client = new VertxDynamicGraphQLClientBuilder()
                .url(url.toString())
                .executeSingleOperationsOverWebsocket(overWebsocket)
                .subprotocols(WebsocketSubprotocol.GRAPHQL_TRANSPORT_WS)
                .build()) {
            return operationName == null ? client.executeSync(query, variables)
                    : client.executeSync(query, variables, operationName);
        }
    }
}
