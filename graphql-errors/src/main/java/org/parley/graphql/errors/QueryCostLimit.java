package org.parley.graphql.errors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import org.parley.graphql.limits.QueryCost;

/**
 * Refuses, after validation and before any data fetcher runs, an operation whose {@link QueryCost} (lists times
 * their page sizes, nested; the gateway's count) exceeds {@code parley.graphql.max-cost}: a {@code QUERY_TOO_COMPLEX}
 * error, {@code data} null, nothing fetched. SmallRye's depth (16) and field-count (5,000) limits run first, so the
 * operation this normalises is already bounded. The gateway refuses its clients' operations over 20,000 by the same
 * count; the budget here is five times that, for the gateway's {@code _entities} requests, which carry the record's
 * real number of objects where its count assumed ten. So only a caller bypassing the gateway meets this; what it
 * stops is a query of a few fields that multiplies to millions of objects (issue 13: depth 14, pages of 100,
 * entity-service out of memory).
 */
final class QueryCostLimit extends SimplePerformantInstrumentation {

    /** {@code parley.graphql.max-cost}: see docs/reliability.md, Subgraphs refuse what the gateway would. */
    static final long DEFAULT_MAX_COST = 100_000;
    /** {@code parley.graphql.default-page-size}: what a connection answers without {@code first}. */
    static final int DEFAULT_PAGE_SIZE = 50;

    private final QueryCost cost;
    private final long maxCost;

    QueryCostLimit(long maxCost, int defaultPageSize) {
        this.cost = new QueryCost(defaultPageSize);
        this.maxCost = maxCost;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        long operationCost = cost.of(execution.getNormalizedQueryTree().get(), execution.getGraphQLSchema());
        if (operationCost > maxCost) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", ValidationErrorMessages.TOO_COMPLEX);
            extensions.put("classification", ValidationErrorMessages.TOO_COMPLEX);
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                    .message(QueryCost.refusal(operationCost, maxCost))
                    .errorType(ErrorType.ExecutionAborted)
                    .extensions(extensions)
                    .build()));
        }
        return super.beginExecuteOperation(parameters, state);
    }
}
