package org.parley.graphql.errors;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validation errors of this subgraph in the API's words, with {@code extensions.code} GRAPHQL_VALIDATION_FAILED:
 * graphql-java's messages name its syntax-tree classes ({@code StringValue{value='abc'}}, "an AST type of
 * 'IntValue'") and the Java classes of values ({@code 'List12'}, {@code LocalDate}). The gateway does the same for
 * clients; this covers callers of the subgraph itself. Added after SmallRye's own instrumentation (depth and
 * complexity limits), which stays as it is; its refusals get the gateway's codes and words (QUERY_TOO_DEEP,
 * QUERY_TOO_COMPLEX: "Query depth 27 exceeds the maximum of 16"). Installs the {@link QueryCostLimit} between the
 * two.
 */
@ApplicationScoped
public class ValidationErrorMessages {

    /** e.g. {@code Validation error (WrongType@[articles]) : argument 'first' with value 'StringValue{…}' is not a valid 'Int' - …}. */
    private static final Pattern WRONG_TYPE = Pattern.compile(
            "Validation error \\(WrongType@\\[([^\\]]*)\\]\\) : argument '([^']+)' with value '.*' is not a valid '([^']+)'.*",
            Pattern.DOTALL);
    /** e.g. {@code Variable 'n' has an invalid value: Expected a value that can be converted to type 'Int' but …}. */
    private static final Pattern INVALID_VARIABLE = Pattern.compile("Variable '([^']+)' has an invalid value: (.*)",
            Pattern.DOTALL);
    /**
     * SmallRye's own form for an input object it cannot coerce, e.g. {@code argument 'input' with value
     * 'StringValue{…the whole input…}' is not a valid 'Unknown Scalar Type [org.parley…ArticleInput]'}.
     */
    private static final Pattern BARE_ARGUMENT = Pattern.compile("argument '([^']+)' with value '.*", Pattern.DOTALL);
    private static final Pattern EXPECTED_TYPE = Pattern.compile(
            "Expected (?:a value that can be converted to type '(\\w+)'|an? (\\w+) input)");
    /** graphql-java's {@code MaxQueryDepthInstrumentation} and {@code MaxQueryComplexityInstrumentation} refusals. */
    private static final Pattern LIMIT_EXCEEDED = Pattern.compile("maximum query (depth|complexity) exceeded (\\d+) > (\\d+)");
    public static final String CODE = "GRAPHQL_VALIDATION_FAILED";
    static final String TOO_DEEP = "QUERY_TOO_DEEP";
    static final String TOO_COMPLEX = "QUERY_TOO_COMPLEX";

    void install(@Observes GraphQL.Builder builder) {
        Config config = ConfigProvider.getConfig();
        QueryCostLimit costLimit = new QueryCostLimit(
                config.getOptionalValue("parley.graphql.max-cost", Long.class).orElse(QueryCostLimit.DEFAULT_MAX_COST),
                config.getOptionalValue("parley.graphql.default-page-size", Integer.class)
                        .orElse(QueryCostLimit.DEFAULT_PAGE_SIZE));
        // SmallRye has set its instrumentation on the builder already; building once is how to read it back. Its
        // depth and field-count limits run first, then the cost limit, on an operation they have bounded.
        builder.instrumentation(new ChainedInstrumentation(List.of(builder.build().getInstrumentation(),
                costLimit, new Rewrite())));
    }

    static String clean(String message) {
        Matcher wrongType = WRONG_TYPE.matcher(message);
        if (wrongType.matches()) {
            return "Argument '" + wrongType.group(2) + "' of " + wrongType.group(1) + " is not a valid "
                    + wrongType.group(3);
        }
        Matcher bare = BARE_ARGUMENT.matcher(message);
        if (bare.matches()) {
            return "Argument '" + bare.group(1) + "' has an invalid value";
        }
        Matcher variable = INVALID_VARIABLE.matcher(message);
        if (variable.matches()) {
            Matcher expected = EXPECTED_TYPE.matcher(variable.group(2));
            String type = !expected.find() ? null : expected.group(1) != null ? expected.group(1) : expected.group(2);
            return "Variable '" + variable.group(1) + "' has an invalid value" + (type == null ? "" : ": expected " + type);
        }
        return message;
    }

    private static final class Rewrite extends SimplePerformantInstrumentation {

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (result.getErrors().stream().noneMatch(e -> e.getErrorType() == ErrorType.ValidationError
                    || limitExceeded(e) != null)) {
                return CompletableFuture.completedFuture(result);
            }
            List<GraphQLError> errors = result.getErrors().stream()
                    .map(e -> e.getErrorType() == ErrorType.ValidationError ? rewritten(e) : limitRefusal(e)).toList();
            return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
        }

        private static Matcher limitExceeded(GraphQLError error) {
            if (error.getErrorType() != ErrorType.ExecutionAborted || error.getMessage() == null) {
                return null;
            }
            Matcher limit = LIMIT_EXCEEDED.matcher(error.getMessage());
            return limit.matches() ? limit : null;
        }

        /** A depth or complexity refusal, with the code the gateway gives the same refusal. */
        private static GraphQLError limitRefusal(GraphQLError error) {
            Matcher limit = limitExceeded(error);
            if (limit == null) {
                return error;
            }
            boolean depth = limit.group(1).equals("depth");
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", depth ? TOO_DEEP : TOO_COMPLEX);
            extensions.put("classification", depth ? TOO_DEEP : TOO_COMPLEX);
            return GraphqlErrorBuilder.newError()
                    .message((depth ? "Query depth " : "Query complexity ") + limit.group(2)
                            + " exceeds the maximum of " + limit.group(3))
                    .errorType(error.getErrorType())
                    .extensions(extensions)
                    .build();
        }

        private static GraphQLError rewritten(GraphQLError error) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            if (error.getExtensions() != null) {
                extensions.putAll(error.getExtensions());
            }
            extensions.putIfAbsent("code", CODE);
            GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                    .message(clean(error.getMessage()))
                    .locations(error.getLocations())
                    .errorType(error.getErrorType())
                    .extensions(extensions);
            if (error.getPath() != null) {
                builder.path(error.getPath());
            }
            return builder.build();
        }
    }
}
