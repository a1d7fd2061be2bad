package org.parley.gateway.subgraph;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import org.parley.gateway.config.GatewayConfig;

/** Sends GraphQL operations to the subgraphs over pooled, keep-alive HTTP connections, without blocking. */
@ApplicationScoped
public class SubgraphClient {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final Map<Subgraph, URI> urls = new EnumMap<>(Subgraph.class);
    /** Per subgraph, its URL parsed once rather than on every request. */
    private final Map<Subgraph, RequestOptions> requests = new EnumMap<>(Subgraph.class);
    private final WebClient webClient;
    private final ObjectMapper mapper;
    private final long requestTimeoutMillis;
    private final int maxResponseBytes;

    private final Map<Subgraph, Counter> requestCounters = new EnumMap<>(Subgraph.class);

    SubgraphClient(Vertx vertx, ObjectMapper mapper, GatewayConfig config, MeterRegistry meters) {
        this.mapper = mapper;
        for (Subgraph subgraph : Subgraph.values()) {
            requestCounters.put(subgraph, Counter.builder("parley.gateway.subgraph.requests")
                    .description("GraphQL requests sent to a subgraph")
                    .tag("subgraph", subgraph.name().toLowerCase())
                    .register(meters));
        }
        GatewayConfig.Subgraphs subgraphs = config.subgraphs();
        urls.put(Subgraph.ENTITY, URI.create(subgraphs.entity().url()));
        urls.put(Subgraph.INGEST, URI.create(subgraphs.ingest().url()));
        urls.forEach((subgraph, url) -> requests.put(subgraph, new RequestOptions().setAbsoluteURI(url.toString())));
        this.requestTimeoutMillis = subgraphs.requestTimeout().toMillis();
        this.maxResponseBytes = config.limits().maxResponseBytes();
        this.webClient = WebClient.create(vertx, new WebClientOptions()
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                .setMaxPoolSize(subgraphs.maxPoolSize())
                .setConnectTimeout((int) subgraphs.connectTimeout().toMillis())
                .setUserAgent("parley-gateway"));
    }

    /** The configured HTTP URL of a subgraph. */
    public URI url(Subgraph subgraph) {
        return urls.get(subgraph);
    }

    /**
     * Executes one GraphQL operation on a subgraph, with {@code authorization} as its {@code Authorization} header
     * (none when null). The stage fails with {@link SubgraphUnavailableException} when the subgraph cannot be
     * reached in time or does not answer with a GraphQL JSON body.
     */
    public CompletionStage<SubgraphResponse> execute(Subgraph subgraph, String query, Map<String, Object> variables,
            String authorization) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (variables != null && !variables.isEmpty()) {
            body.put("variables", variables);
        }
        Buffer payload;
        try {
            payload = Buffer.buffer(mapper.writeValueAsBytes(body));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot encode subgraph request", e);
        }
        return forward(subgraph, payload, authorization).thenApply(response -> decode(subgraph, response));
    }

    /**
     * Posts a GraphQL request body (JSON {@code query}, {@code variables}, ...) to a subgraph as it is and gives back
     * its HTTP answer undecoded. The stage fails with {@link SubgraphUnavailableException} only when the subgraph
     * cannot be reached or does not answer in time, and with {@link SubgraphAnswerTooLargeException} when the answer
     * is over {@code parley.limits.max-response-bytes}.
     */
    public CompletionStage<HttpResponse<Buffer>> forward(Subgraph subgraph, Buffer body) {
        return forward(subgraph, body, null);
    }

    private CompletionStage<HttpResponse<Buffer>> forward(Subgraph subgraph, Buffer body, String authorization) {
        requestCounters.get(subgraph).increment();
        HttpRequest<Buffer> request = webClient.request(HttpMethod.POST, requests.get(subgraph))
                .putHeader("Content-Type", "application/json")
                .putHeader("Accept", "application/graphql-response+json, application/json")
                .timeout(requestTimeoutMillis);
        if (authorization != null) {
            request.putHeader("Authorization", authorization);
        }
        return request.sendBuffer(body)
                .toCompletionStage()
                .handle((response, failure) -> {
                    if (failure != null) {
                        throw new SubgraphUnavailableException(subgraph, reason(failure), failure);
                    }
                    if (response.body() != null && response.body().length() > maxResponseBytes) {
                        throw new SubgraphAnswerTooLargeException(maxResponseBytes);
                    }
                    return response;
                });
    }

    private String reason(Throwable failure) {
        return reason(failure, requestTimeoutMillis);
    }

    /**
     * What went wrong calling a subgraph, in words fit for a client: no exception text, no host. Every answer of the
     * gateway that reports a failed call says it this way; the exception itself goes to the log. A
     * {@code timeoutMillis} of 0 says the call had no timeout of its own.
     */
    public static String reason(Throwable failure, long timeoutMillis) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return "not reachable";
            }
            if (t instanceof TimeoutException
                    || t.getClass().getSimpleName().contains("Timeout")) {
                return timeoutMillis > 0 ? "no answer within " + timeoutMillis + " ms" : "no answer in time";
            }
        }
        return "the connection failed";
    }

    @SuppressWarnings("unchecked")
    private SubgraphResponse decode(Subgraph subgraph, HttpResponse<Buffer> response) {
        Buffer buffer = response.body();
        Map<String, Object> json;
        try {
            json = buffer == null ? null : mapper.readValue(buffer.getBytes(), JSON_OBJECT);
        } catch (Exception e) {
            json = null;
        }
        if (json == null || !(json.containsKey("data") || json.containsKey("errors"))) {
            throw new SubgraphUnavailableException(subgraph, "HTTP " + response.statusCode()
                    + " without a GraphQL response body", null);
        }
        return new SubgraphResponse(subgraph, (Map<String, Object>) json.get("data"),
                (List<Map<String, Object>>) json.get("errors"), buffer.length());
    }

    @PreDestroy
    void close() {
        webClient.close();
    }
}
