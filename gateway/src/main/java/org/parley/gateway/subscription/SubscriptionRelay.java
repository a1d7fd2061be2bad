package org.parley.gateway.subscription;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.execution.DataFetcherResult;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.client.GraphQLError;
import io.smallrye.graphql.client.Response;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClient;
import io.smallrye.graphql.client.vertx.dynamic.VertxDynamicGraphQLClientBuilder;
import io.smallrye.graphql.client.websocket.WebsocketSubprotocol;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import mutiny.zero.flow.adapters.AdaptersToReactiveStreams;
import org.jboss.logging.Logger;
import org.parley.gateway.error.GatewayErrors;
import org.parley.gateway.planning.FederatedExecutor;
import org.parley.gateway.planning.FederatedExecutor.RootRequest;
import org.parley.gateway.planning.Ownership;
import org.parley.gateway.subgraph.Subgraph;
import org.parley.gateway.subgraph.SubgraphClient;

/**
 * Relays a client subscription to the owning subgraph over graphql-transport-ws (falling back to graphql-ws) and
 * completes each event with fields from other subgraphs before passing it on.
 */
@ApplicationScoped
public class SubscriptionRelay {

    private static final Logger LOG = Logger.getLogger(SubscriptionRelay.class);

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final SubgraphClient subgraphs;
    private final FederatedExecutor executor;
    private final ObjectMapper mapper;
    private final Vertx vertx;

    SubscriptionRelay(SubgraphClient subgraphs, FederatedExecutor executor, ObjectMapper mapper, Vertx vertx) {
        this.subgraphs = subgraphs;
        this.executor = executor;
        this.mapper = mapper;
        this.vertx = vertx;
    }

    /** The data fetcher of every {@code Subscription} field: a publisher of completed events. */
    public Object subscribe(DataFetchingEnvironment env) {
        String field = env.getField().getName();
        ResultPath path = env.getExecutionStepInfo().getPath();
        SourceLocation location = env.getField().getSourceLocation();
        Subgraph subgraph = Ownership.rootOwner("Subscription", field).orElse(Subgraph.ENTITY);
        RootRequest request = RootRequest.of(env, subgraph);
        // one websocket per client subscription: closed with it, and a restarted subgraph is simply reconnected
        Multi<DataFetcherResult<Object>> events = Multi.createFrom()
                .resource(() -> client(subgraph),
                        client -> client.subscription(request.operation("subscription"), request.variables()))
                .withFinalizer(SubscriptionRelay::close)
                .onItem().transformToUniAndConcatenate(response -> event(response, request, path, location))
                // A failed upstream ends the client's subscription ("complete"): an event carrying only an error
                // would be a null for the non-null Subscription field, which graphql-java turns into a failed stream,
                // and SmallRye sends nothing for a failed stream, so the client would wait for ever. The reason,
                // whose text names the subgraph's host and port, goes to the log only.
                .onFailure().invoke(failure -> LOG.warnf("Subscription %s ended: %s subgraph %s (%s)", field,
                        subgraph, SubgraphClient.reason(failure, 0), failure.toString()))
                .onFailure().recoverWithCompletion();
        return AdaptersToReactiveStreams.publisher(events);
    }

    private Uni<DataFetcherResult<Object>> event(Response response, RootRequest request, ResultPath path,
            SourceLocation location) {
        Object value = null;
        if (response.hasData() && response.getData() != null) {
            try {
                value = mapper.readValue(response.getData().toString(), JSON_OBJECT).get(request.resultKey());
            } catch (Exception e) {
                value = null;
            }
        }
        List<graphql.GraphQLError> errors = response.hasError()
                ? response.getErrors().stream().map(error -> toGatewayError(error, path, location)).toList()
                : List.of();
        return Uni.createFrom().completionStage(executor.complete(value, request, path, location))
                .map(result -> errors.isEmpty() ? result : result.transform(b -> b.errors(errors)));
    }

    private static graphql.GraphQLError toGatewayError(GraphQLError error, ResultPath path, SourceLocation location) {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("message", error.getMessage());
        if (error.getExtensions() != null) {
            raw.put("extensions", error.getExtensions());
        }
        if (error.getPath() != null) {
            raw.put("path", Arrays.asList(error.getPath()));
        }
        return GatewayErrors.fromSubgraph(raw, true, path, location);
    }

    private DynamicGraphQLClient client(Subgraph subgraph) {
        return new VertxDynamicGraphQLClientBuilder()
                .vertx(vertx)
                .url(subgraphs.url(subgraph).toString())
                .subprotocols(WebsocketSubprotocol.GRAPHQL_TRANSPORT_WS, WebsocketSubprotocol.GRAPHQL_WS)
                .build();
    }

    private static void close(DynamicGraphQLClient client) {
        try {
            client.close();
        } catch (Exception e) {
            // the subscription is over either way
        }
    }
}
