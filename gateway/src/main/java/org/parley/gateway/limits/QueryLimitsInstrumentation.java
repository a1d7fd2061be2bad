package org.parley.gateway.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLTypeUtil;
import org.parley.gateway.config.GatewayConfig;
import org.parley.gateway.error.GatewayErrors;

/**
 * Refuses an operation that is too deep, too costly or asks for too large a page, after validation and before any
 * data fetcher (so before any subgraph request) runs.
 *
 * <p>Cost: every field costs 1 plus its children's cost times a multiplier: the {@code first} argument where given
 * (connections, counterparts), {@value #ASSUMED_LIST_SIZE} for other lists of objects, 1 for the connection's own
 * {@code nodes}/{@code edges} (already counted by {@code first}) and everything else.
 */
public class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

    /** How many items an unpaginated list (participants, evidence, ...) is assumed to hold. */
    static final int ASSUMED_LIST_SIZE = 10;

    private final Supplier<GatewayConfig.Limits> limitsSource;
    private volatile GatewayConfig.Limits limits;

    public QueryLimitsInstrumentation(Supplier<GatewayConfig.Limits> limits) {
        this.limitsSource = limits;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (limits == null) {
            limits = limitsSource.get();
        }
        ExecutableNormalizedOperation operation = parameters.getExecutionContext().getNormalizedQueryTree().get();
        List<GraphQLError> errors = new ArrayList<>();
        int depth = 0;
        long cost = 0;
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            depth = Math.max(depth, depth(field));
            cost += cost(field, parameters, errors);
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
        if (!errors.isEmpty()) {
            throw new AbortExecutionException(errors);
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static int depth(ExecutableNormalizedField field) {
        int deepest = field.getLevel();
        for (ExecutableNormalizedField child : field.getChildren()) {
            deepest = Math.max(deepest, depth(child));
        }
        return deepest;
    }

    private long cost(ExecutableNormalizedField field, InstrumentationExecuteOperationParameters parameters,
            List<GraphQLError> errors) {
        long children = 0;
        for (ExecutableNormalizedField child : field.getChildren()) {
            children += cost(child, parameters, errors);
        }
        return 1 + multiplier(field, parameters, errors) * children;
    }

    private long multiplier(ExecutableNormalizedField field, InstrumentationExecuteOperationParameters parameters,
            List<GraphQLError> errors) {
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
        return GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType(parameters.getExecutionContext().getGraphQLSchema())))
                ? ASSUMED_LIST_SIZE : 1;
    }
}
