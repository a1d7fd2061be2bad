package org.parley.launcher.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A minimal GraphQL-over-HTTP client: POST a query with variables, get the whole JSON response. With a write token,
 * every request carries it (mutations need it; queries ignore it).
 */
public final class GraphQLClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String token;

    /** A client without a token: it can only read. */
    public GraphQLClient(String endpoint) {
        this(endpoint, null);
    }

    public GraphQLClient(String endpoint, String token) {
        this.endpoint = URI.create(endpoint);
        this.token = token;
    }

    /** The full response ({@code data} and {@code errors}), whatever the errors. */
    public JsonNode execute(String query, Map<String, ?> variables) {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", query);
        body.set("variables", JSON.valueToTree(variables));
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GraphQL request to " + endpoint + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The {@code data} of a response that must have no errors. */
    public JsonNode data(String query, Map<String, ?> variables) {
        JsonNode response = execute(query, variables);
        if (response.hasNonNull("errors") && !response.get("errors").isEmpty()) {
            throw new IllegalStateException("GraphQL errors: " + response.get("errors"));
        }
        return response.get("data");
    }
}
