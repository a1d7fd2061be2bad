package org.parley.gateway.limits;

import java.util.ArrayList;
import java.util.List;

import graphql.GraphQLError;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.parley.gateway.config.GatewayConfig;
import org.parley.gateway.error.GatewayErrors;

/**
 * The gateway's limits on one operation, with its variables applied: depth, estimated cost and page size.
 *
 * <p>Cost: every field costs 1 plus its children's cost times a multiplier: the {@code first} argument where given
 * (connections, counterparts), {@value #ASSUMED_LIST_SIZE} for other lists of objects, 1 for the connection's own
 * {@code nodes}/{@code edges} (already counted by {@code first}) and everything else.
 */
public final class QueryLimits {

    /** How many items an unpaginated list (participants, evidence, ...) is assumed to hold. */
    static final int ASSUMED_LIST_SIZE = 10;

    private final GatewayConfig.Limits limits;

    public QueryLimits(GatewayConfig.Limits limits) {
        this.limits = limits;
    }

    /** The errors that refuse {@code operation}, each with its code; empty when it is within the limits. */
    public List<GraphQLError> check(ExecutableNormalizedOperation operation, GraphQLSchema schema) {
        List<GraphQLError> errors = new ArrayList<>();
        int depth = 0;
        long cost = 0;
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            depth = Math.max(depth, depth(field));
            cost += cost(field, schema, errors);
        }
        if (depth > limits.maxDepth()) {
            errors.add(0, GatewayErrors.error("Query depth " + depth + " exceeds the maximum of "
                    + limits.maxDepth(), GatewayErrors.QUERY_TOO_DEEP, null, null));
        }
        if (cost > limits.maxComplexity()) {
            errors.add(0, GatewayErrors.error("Query cost " + cost + " exceeds the maximum of "
                    + limits.maxComplexity() + "; ask for smaller pages or fewer nested lists",
                    GatewayErrors.QUERY_TOO_COMPLEX, null, null));
        }
        return errors;
    }

    private static int depth(ExecutableNormalizedField field) {
        int deepest = field.getLevel();
        for (ExecutableNormalizedField child : field.getChildren()) {
            deepest = Math.max(deepest, depth(child));
        }
        return deepest;
    }

    private long cost(ExecutableNormalizedField field, GraphQLSchema schema, List<GraphQLError> errors) {
        long children = 0;
        for (ExecutableNormalizedField child : field.getChildren()) {
            children += cost(child, schema, errors);
        }
        return 1 + multiplier(field, schema, errors) * children;
    }

    private long multiplier(ExecutableNormalizedField field, GraphQLSchema schema, List<GraphQLError> errors) {
        Object first = field.getResolvedArguments().get("first");
        if (first instanceof Number number) {
            int pageSize = number.intValue();
            if (pageSize < 0 || pageSize > limits.maxPageSize()) {
                errors.add(GatewayErrors.error("Argument 'first' of " + field.getSingleObjectTypeName() + "."
                        + field.getName() + " must be between 0 and " + limits.maxPageSize() + ", got " + pageSize,
                        GatewayErrors.BAD_USER_INPUT, null, null));
            }
            return Math.max(pageSize, 0);
        }
        if (field.getName().equals("nodes") || field.getName().equals("edges") || field.getChildren().isEmpty()) {
            return 1;
        }
        return GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType(schema))) ? ASSUMED_LIST_SIZE : 1;
    }
}
