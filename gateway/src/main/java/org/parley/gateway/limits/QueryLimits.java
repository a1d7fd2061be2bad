package org.parley.gateway.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.language.Document;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLSchema;
import org.parley.gateway.config.GatewayConfig;
import org.parley.gateway.error.GatewayErrors;
import org.parley.graphql.limits.QueryCost;

/**
 * The gateway's limits on one operation, with its variables applied: depth, estimated cost, page size and the size
 * of filter inputs.
 *
 * <p>Cost: {@link QueryCost} (module graphql-limits), the same count entity-service and ingest-service apply to their
 * own callers: lists times their page sizes ({@code first}, the default page size when absent), other lists of
 * objects times {@value QueryCost#ASSUMED_LIST_SIZE}, an article's {@code text} {@value QueryCost#ARTICLE_TEXT_COST},
 * so a page of 100 texts passes and a thousand aliases of one article's text do not.
 *
 * <p>Filters: a {@code filter} argument's id lists ({@code actorIds}, {@code speakerIds}) hold at most
 * {@value #MAX_FILTER_IDS} ids and its texts at most the characters of {@link #MAX_FILTER_TEXT}, the bounds
 * entity-service applies too, so an oversized filter never leaves the gateway.
 */
public final class QueryLimits {

    /** The most ids of one filter list; entity-service's {@code MAX_ACTOR_IDS} and {@code MAX_SPEAKER_IDS}. */
    static final int MAX_FILTER_IDS = 100;
    /** The longest text of each filter field; entity-service's bounds on the same fields. */
    static final Map<String, Integer> MAX_FILTER_TEXT = Map.of("name", 300, "location", 300, "text", 200);

    private final GatewayConfig.Limits limits;
    private final QueryCost cost;

    public QueryLimits(GatewayConfig.Limits limits) {
        this.limits = limits;
        this.cost = new QueryCost(limits.defaultPageSize());
    }

    /** The errors that refuse {@code operation}, each with its code; empty when it is within the limits. */
    public List<GraphQLError> check(ExecutableNormalizedOperation operation, GraphQLSchema schema) {
        List<GraphQLError> errors = new ArrayList<>();
        int depth = 0;
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            depth = Math.max(depth, depth(field));
            checkArguments(field, errors);
        }
        long cost = this.cost.of(operation, schema);
        if (depth > limits.maxDepth()) {
            errors.add(0, GatewayErrors.error("Query depth " + depth + " exceeds the maximum of "
                    + limits.maxDepth(), GatewayErrors.QUERY_TOO_DEEP, null, null));
        }
        if (cost > limits.maxComplexity()) {
            errors.add(0, GatewayErrors.error(QueryCost.refusal(cost, limits.maxComplexity()),
                    GatewayErrors.QUERY_TOO_COMPLEX, null, null));
        }
        return errors;
    }

    /**
     * The errors that refuse a parsed document before validation: its size with fragments expanded, measured without
     * expanding them, against the depth limit and the complexity limit (each field costs at least 1, so a document
     * selecting more fields than the cost limit can never pass).
     */
    public List<GraphQLError> checkDocument(Document document) {
        DocumentSize.Size size = DocumentSize.of(document);
        if (size.depth() > limits.maxDepth()) {
            return List.of(GatewayErrors.error("Query depth " + size.depth() + " exceeds the maximum of "
                    + limits.maxDepth(), GatewayErrors.QUERY_TOO_DEEP, null, null));
        }
        if (size.fields() > limits.maxComplexity()) {
            return List.of(GatewayErrors.error("Query selects " + size.fields() + " fields once its fragments are"
                    + " expanded; the maximum cost is " + limits.maxComplexity(), GatewayErrors.QUERY_TOO_COMPLEX,
                    null, null));
        }
        return List.of();
    }

    private static int depth(ExecutableNormalizedField field) {
        int deepest = field.getLevel();
        for (ExecutableNormalizedField child : field.getChildren()) {
            deepest = Math.max(deepest, depth(child));
        }
        return deepest;
    }

    /** Adds an error for each oversized filter and each page size out of bounds, at this field and under it. */
    private void checkArguments(ExecutableNormalizedField field, List<GraphQLError> errors) {
        checkFilter(field, errors);
        checkPageSize(field, errors);
        for (ExecutableNormalizedField child : field.getChildren()) {
            checkArguments(child, errors);
        }
    }

    private static void checkFilter(ExecutableNormalizedField field, List<GraphQLError> errors) {
        if (!(field.getResolvedArguments().get("filter") instanceof Map<?, ?> filter)) {
            return;
        }
        String where = "Argument 'filter' of " + field.getSingleObjectTypeName() + "." + field.getName() + ": ";
        for (Map.Entry<?, ?> entry : filter.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (entry.getValue() instanceof List<?> ids && key.endsWith("Ids") && ids.size() > MAX_FILTER_IDS) {
                errors.add(GatewayErrors.error(where + key + " may hold at most " + MAX_FILTER_IDS + " ids, got "
                        + ids.size(), GatewayErrors.BAD_USER_INPUT, null, null));
            }
            Integer maxText = MAX_FILTER_TEXT.get(key);
            if (maxText != null && entry.getValue() instanceof String text && text.length() > maxText) {
                errors.add(GatewayErrors.error(where + key + " may be at most " + maxText + " characters long, got "
                        + text.length(), GatewayErrors.BAD_USER_INPUT, null, null));
            }
        }
    }

    private void checkPageSize(ExecutableNormalizedField field, List<GraphQLError> errors) {
        if (field.getResolvedArguments().get("first") instanceof Number number) {
            int pageSize = number.intValue();
            if (pageSize < 0 || pageSize > limits.maxPageSize()) {
                errors.add(GatewayErrors.error("Argument 'first' of " + field.getSingleObjectTypeName() + "."
                        + field.getName() + " must be between 0 and " + limits.maxPageSize() + ", got " + pageSize,
                        GatewayErrors.BAD_USER_INPUT, null, null));
            }
        }
    }
}
