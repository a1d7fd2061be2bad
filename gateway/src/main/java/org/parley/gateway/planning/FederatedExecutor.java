package org.parley.gateway.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.parley.gateway.error.GatewayErrors;
import org.parley.gateway.subgraph.Subgraph;
import org.parley.gateway.config.GatewayConfig;
import org.parley.gateway.limits.ResponseBudget;
import org.parley.gateway.subgraph.SubgraphClient;
import org.parley.gateway.subgraph.SubgraphResponse;

/**
 * Resolves one root field: forwards it with the client's selection to its owning subgraph, then completes the
 * objects that need fields from another subgraph with one {@code _entities} request per planned position, so the
 * number of subgraph requests depends on the query's shape, never on how many objects come back.
 */
@ApplicationScoped
public class FederatedExecutor {

    private final SubgraphClient client;
    private final long maxResponseBytes;

    FederatedExecutor(SubgraphClient client, GatewayConfig config) {
        this.client = client;
        this.maxResponseBytes = config.limits().maxResponseBytes();
    }

    /**
     * Runs the root field of {@code env} on {@code subgraph} as a {@code query} or {@code mutation}, sending
     * {@code authorization} (the caller's header, or null) with it; the {@code _entities} requests that complete the
     * answer are reads and go without it.
     */
    public CompletionStage<DataFetcherResult<Object>> execute(DataFetchingEnvironment env, Subgraph subgraph,
            String operationType, String authorization) {
        RootRequest request = RootRequest.of(env, subgraph);
        Resolution resolution = new Resolution(env.getExecutionStepInfo().getPath(),
                env.getField().getSourceLocation(), ResponseBudget.of(env.getGraphQlContext(), maxResponseBytes));
        return client.execute(subgraph, request.writer.operation(operationType), request.writer.variables(),
                        authorization)
                .thenCompose(response -> {
                    resolution.budget.spend(response.bytes());
                    resolution.addErrors(response, true);
                    Object value = response.data() == null ? null : response.data().get(request.resultKey);
                    return complete(value, request.plan, resolution).thenApply(done -> value);
                })
                .handle((value, failure) -> resolution.result(value, failure));
    }

    /** Completes an already fetched value (e.g. a subscription event) with fields from other subgraphs. */
    public CompletionStage<DataFetcherResult<Object>> complete(Object value, RootRequest request, ResultPath path,
            SourceLocation location) {
        Resolution resolution = new Resolution(path, location, ResponseBudget.single(maxResponseBytes));
        return complete(value, request.plan, resolution).handle((done, failure) -> resolution.result(value, failure));
    }

    private CompletionStage<Void> complete(Object value, PlanNode plan, Resolution resolution) {
        if (value == null || !plan.needsEntities()) {
            return CompletableFuture.completedFuture(null);
        }
        Map<PlanNode, List<Map<String, Object>>> pending = new IdentityHashMap<>();
        collect(value, plan, pending);
        List<CompletableFuture<Void>> requests = new ArrayList<>();
        pending.forEach((node, objects) -> node.deferred.forEach((subgraph, fields) -> requests
                .add(fetchEntities(subgraph, node.typeName, fields, objects, resolution).toCompletableFuture())));
        return CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new));
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object value, PlanNode node, Map<PlanNode, List<Map<String, Object>>> pending) {
        if (value instanceof List<?> list) {
            for (Object item : list) {
                collect(item, node, pending);
            }
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> object = (Map<String, Object>) map;
            if (!node.deferred.isEmpty()) {
                pending.computeIfAbsent(node, n -> new ArrayList<>()).add(object);
            }
            node.children.forEach((key, child) -> collect(object.get(key), child, pending));
        }
    }

    @SuppressWarnings("unchecked")
    private CompletionStage<Void> fetchEntities(Subgraph subgraph, String typeName, List<SelectedField> fields,
            List<Map<String, Object>> objects, Resolution resolution) {
        Map<Object, List<Map<String, Object>>> objectsByKey = new LinkedHashMap<>();
        for (Map<String, Object> object : objects) {
            Object key = object.get(OperationWriter.KEY_ALIAS);
            if (key != null) {
                objectsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(object);
            }
        }
        if (objectsByKey.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<Map<String, Object>> representations = new ArrayList<>(objectsByKey.size());
        for (Object key : objectsByKey.keySet()) {
            representations.add(Map.of("__typename", typeName, Ownership.KEY_FIELD, key));
        }
        OperationWriter writer = new OperationWriter(subgraph)
                .declare("representations", "[_Any!]!", representations)
                .raw("{_entities(representations:$representations){... on " + typeName);
        PlanNode entityPlan = writer.selectionSet(null, typeName, fields);
        writer.raw("}}");
        return client.execute(subgraph, writer.operation("query"), writer.variables(), null)
                .thenCompose(response -> {
                    resolution.budget.spend(response.bytes());
                    resolution.addErrors(response, false);
                    Object entities = response.data() == null ? null : response.data().get("_entities");
                    if (!(entities instanceof List<?> list)) {
                        return CompletableFuture.completedFuture(null);
                    }
                    int index = 0;
                    for (List<Map<String, Object>> sameKey : objectsByKey.values()) {
                        if (index < list.size() && list.get(index) instanceof Map<?, ?> entity) {
                            sameKey.forEach(object -> object.putAll((Map<String, Object>) entity));
                        }
                        index++;
                    }
                    return complete(list, entityPlan, resolution);
                })
                .exceptionally(failure -> {
                    resolution.addFailure(failure);
                    return null;
                });
    }

    /** The subgraph operation for one root field, with its plan. */
    public static final class RootRequest {
        final String resultKey;
        final OperationWriter writer;
        final PlanNode plan;

        private RootRequest(String resultKey, OperationWriter writer, PlanNode plan) {
            this.resultKey = resultKey;
            this.writer = writer;
            this.plan = plan;
        }

        /** Writes the root field of {@code env} for {@code subgraph}. */
        public static RootRequest of(DataFetchingEnvironment env, Subgraph subgraph) {
            String resultKey = env.getField().getResultKey();
            OperationWriter writer = new OperationWriter(subgraph).raw("{");
            writer.fieldHead(resultKey, env.getField().getName(), env.getArguments(), env.getFieldDefinition());
            List<SelectedField> children = env.getSelectionSet().getImmediateFields();
            String typeName = OperationWriter.namedType(env.getFieldType());
            PlanNode plan = children.isEmpty() ? new PlanNode(typeName)
                    : writer.selectionSet(
                            OperationWriter.namedType(env.getParentType()) + "." + env.getField().getName(), typeName,
                            children);
            writer.raw("}");
            return new RootRequest(resultKey, writer, plan);
        }

        /** The operation text, e.g. {@code subscription{engagementRecorded{id}}}. */
        public String operation(String operationType) {
            return writer.operation(operationType);
        }

        public Map<String, Object> variables() {
            return writer.variables();
        }

        public String resultKey() {
            return resultKey;
        }
    }

    /** Errors gathered while resolving one root field. */
    private static final class Resolution {
        private final ResultPath path;
        private final SourceLocation location;
        private final ResponseBudget budget;
        private final List<GraphQLError> errors = Collections.synchronizedList(new ArrayList<>());

        Resolution(ResultPath path, SourceLocation location, ResponseBudget budget) {
            this.path = path;
            this.budget = budget;
            this.location = location;
        }

        void addErrors(SubgraphResponse response, boolean pathsAreClientPaths) {
            for (Map<String, Object> raw : response.errors()) {
                errors.add(GatewayErrors.fromSubgraph(raw, pathsAreClientPaths, path, location));
            }
        }

        void addFailure(Throwable failure) {
            errors.add(GatewayErrors.failure(failure, path, location));
        }

        DataFetcherResult<Object> result(Object value, Throwable failure) {
            if (failure != null) {
                addFailure(failure);
            }
            return DataFetcherResult.newResult().data(failure == null ? value : null).errors(List.copyOf(errors))
                    .build();
        }
    }
}
