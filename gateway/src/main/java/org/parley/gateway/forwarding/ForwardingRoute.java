package org.parley.gateway.forwarding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.execution.ResultPath;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.gateway.config.GatewayConfig;
import org.parley.gateway.error.GatewayErrors;
import org.parley.gateway.forwarding.ForwardableOperations.Forward;
import org.parley.gateway.forwarding.ForwardableOperations.RootField;
import org.parley.gateway.subgraph.SubgraphClient;

/**
 * Answers {@code POST /graphql} requests that {@link ForwardableOperations} lets through by sending the client's
 * body to the one subgraph that answers it and the subgraph's answer back as it is: no execution and no JSON tree
 * in the gateway. Every other request, and every subgraph answer holding errors, goes on to SmallRye GraphQL's
 * endpoint and the gateway's executor, which reports errors as it always does (a query is safe to ask again).
 */
@ApplicationScoped
public class ForwardingRoute {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };
    private static final Set<String> REQUEST_KEYS = Set.of("query", "operationName", "variables", "extensions");
    private static final List<String> JSON_MEDIA_TYPES = List.of("application/json",
            "application/graphql-response+json", "application/graphql+json");
    /** What SmallRye GraphQL answers with when the client accepts anything. */
    private static final String DEFAULT_CONTENT_TYPE = "application/graphql-response+json; charset=UTF-8";
    /**
     * After Quarkus's own routes (CORS, body size limit: negative orders), before SmallRye GraphQL's endpoint on the
     * same path (routes without an order are numbered from 0), which gets every request this route passes on.
     */
    private static final int ROUTE_ORDER = -1;

    private final ForwardableOperations operations;
    private final SubgraphClient subgraphs;
    private final ObjectMapper mapper;
    private final GatewayConfig config;
    private final String path;
    private final MemorySize maxBodySize;

    ForwardingRoute(ForwardableOperations operations, SubgraphClient subgraphs, ObjectMapper mapper,
                    GatewayConfig config,
                    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String path,
                    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                    MemorySize maxBodySize) {
        this.operations = operations;
        this.subgraphs = subgraphs;
        this.mapper = mapper;
        this.config = config;
        this.path = path.startsWith("/") ? path : "/" + path;
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        if (!config.forwarding().enabled()) {
            return;
        }
        router.post(path).order(ROUTE_ORDER)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue()))
                .handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String contentType = responseContentType(context);
        Optional<Forward> forward = Optional.ofNullable(contentType == null ? null : request(context))
                .flatMap(request -> operations.forward(request.query(), request.operationName(), request.variables()));
        if (forward.isEmpty()) {
            context.next();
            return;
        }
        subgraphs.forward(forward.get().subgraph(), context.body().buffer()).whenComplete((answer, failure) -> {
            try {
                if (failure != null) {
                    respond(context, contentType, unavailable(forward.get(), failure));
                } else if (answer.statusCode() != 200 || answer.body() == null || mayHoldErrors(answer.body())) {
                    context.next();
                } else {
                    respond(context, contentType, answer.body());
                }
            } catch (RuntimeException e) {
                context.fail(e);
            }
        });
    }

    /** A GraphQL request as SmallRye would read it from a JSON body, or null for any other request. */
    private ClientRequest request(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        Buffer body = context.body().buffer();
        if (contentType == null || !contentType.startsWith("application/json") || context.request().query() != null
                || body == null) {
            return null;
        }
        Map<String, Object> json;
        try {
            json = mapper.readValue(body.getBytes(), JSON_OBJECT);
        } catch (Exception notAnObject) {
            return null;
        }
        Object query = json.get("query");
        Object operationName = json.get("operationName");
        Object variables = json.get("variables");
        Object extensions = json.get("extensions");
        if (!REQUEST_KEYS.containsAll(json.keySet()) || !(query instanceof String text) || text.isBlank()
                || !(operationName == null || operationName instanceof String name && !name.isEmpty())
                || !(variables == null || variables instanceof Map)
                || !(extensions == null || extensions instanceof Map<?, ?> map && map.isEmpty())) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = variables == null ? Map.of() : (Map<String, Object>) variables;
        return new ClientRequest(text, (String) operationName, values);
    }

    private record ClientRequest(String query, String operationName, Map<String, Object> variables) {
    }

    /**
     * The Content-Type SmallRye GraphQL's endpoint answers with for the request's Accept header, or null when that
     * is not UTF-8 JSON (SmallRye then answers itself: in another charset, or 406).
     */
    private static String responseContentType(RoutingContext context) {
        for (MIMEHeader accept : context.parsedHeaders().accept()) {
            String value = accept.rawValue();
            if (JSON_MEDIA_TYPES.stream().anyMatch(value::startsWith)) {
                String lower = value.toLowerCase(Locale.ROOT);
                return !lower.contains("charset=") || lower.contains("charset=utf-8") ? value : null;
            }
            if (value.startsWith("*/*")) {
                return DEFAULT_CONTENT_TYPE;
            }
        }
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return accept == null || accept.isEmpty() ? DEFAULT_CONTENT_TYPE : null;
    }

    /**
     * Whether the answer may carry top-level errors: whether {@code "errors"} occurs anywhere in it. A false
     * positive only sends the request on to the executor. (Latin-1 decoding is a plain copy and String.indexOf a
     * vectorised scan, far cheaper than searching the buffer byte by byte.)
     */
    private static boolean mayHoldErrors(Buffer body) {
        return body.toString(StandardCharsets.ISO_8859_1).contains("\"errors\"");
    }

    /**
     * The answer when the subgraph cannot be reached or answers too much: the same error at every root field, as the
     * executor gives.
     */
    private Buffer unavailable(Forward forward, Throwable failure) {
        List<Map<String, Object>> errors = new ArrayList<>();
        Map<String, Object> data = new LinkedHashMap<>();
        boolean nullData = false;
        for (RootField field : forward.rootFields()) {
            errors.add(GatewayErrors.failure(failure, ResultPath.rootPath().segment(field.resultKey()), field.location())
                    .toSpecification());
            data.put(field.resultKey(), null);
            nullData |= field.nonNull();
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("errors", errors);
        response.put("data", nullData ? null : data);
        try {
            return Buffer.buffer(mapper.writeValueAsBytes(response));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot encode an error response", e);
        }
    }

    private static void respond(RoutingContext context, String contentType, Buffer body) {
        context.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, contentType).end(body);
    }
}
