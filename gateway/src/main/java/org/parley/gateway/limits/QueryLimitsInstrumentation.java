package org.parley.gateway.limits;

import java.util.List;
import java.util.function.Supplier;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import org.parley.gateway.config.GatewayConfig;

/**
 * Refuses an operation outside the {@link QueryLimits} after validation and before any data fetcher (so before any
 * subgraph request) runs.
 */
public class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

    private final Supplier<GatewayConfig.Limits> limitsSource;
    private volatile QueryLimits limits;

    public QueryLimitsInstrumentation(Supplier<GatewayConfig.Limits> limits) {
        this.limitsSource = limits;
    }

    /** Refuses an oversized document before graphql-java validates it, which would expand every fragment. */
    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                         InstrumentationState state) {
        List<GraphQLError> errors = limits().checkDocument(parameters.getDocument());
        if (!errors.isEmpty()) {
            throw new AbortExecutionException(errors);
        }
        return super.beginValidation(parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        List<GraphQLError> errors = limits().check(execution.getNormalizedQueryTree().get(), execution.getGraphQLSchema());
        if (!errors.isEmpty()) {
            throw new AbortExecutionException(errors);
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private QueryLimits limits() {
        if (limits == null) {
            limits = new QueryLimits(limitsSource.get());
        }
        return limits;
    }
}
