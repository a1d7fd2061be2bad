package org.parley.gateway.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/** Gives every error that graphql-java raises itself (syntax, validation, ...) an {@code extensions.code}. */
public class ErrorCodeInstrumentation extends SimplePerformantInstrumentation {

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        List<GraphQLError> errors = result.getErrors();
        if (errors.isEmpty() || errors.stream().allMatch(ErrorCodeInstrumentation::hasCode)) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> coded = errors.stream().map(ErrorCodeInstrumentation::withCode).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(coded)));
    }

    private static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().get("code") != null;
    }

    private static GraphQLError withCode(GraphQLError error) {
        if (hasCode(error)) {
            return error;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put("code", code(error));
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                .message(error.getErrorType() == ErrorType.ValidationError
                        ? ValidationMessages.clean(error.getMessage()) : error.getMessage())
                .locations(error.getLocations())
                .errorType(error.getErrorType())
                .extensions(extensions);
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        return builder.build();
    }

    private static String code(GraphQLError error) {
        if (error.getErrorType() == ErrorType.InvalidSyntax) {
            return GatewayErrors.GRAPHQL_PARSE_FAILED;
        }
        if (error.getErrorType() == ErrorType.ValidationError) {
            return GatewayErrors.GRAPHQL_VALIDATION_FAILED;
        }
        if (error.getErrorType() == ErrorType.OperationNotSupported) {
            return GatewayErrors.GRAPHQL_VALIDATION_FAILED;
        }
        return "INTERNAL_SERVER_ERROR";
    }
}
