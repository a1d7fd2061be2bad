package org.parley.gateway.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.concurrent.CompletionException;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import io.quarkus.logging.Log;
import org.parley.gateway.subgraph.SubgraphAnswerTooLargeException;
import org.parley.gateway.subgraph.SubgraphUnavailableException;

/** Builds GraphQL errors with a machine-readable {@code extensions.code}. */
public final class GatewayErrors {

    /** A subgraph could not be reached or did not answer in time. */
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    /** The client sent an argument outside what the API accepts. */
    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    /** The operation nests fields deeper than allowed. */
    public static final String QUERY_TOO_DEEP = "QUERY_TOO_DEEP";
    /** The operation's estimated cost is above the limit. */
    public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    /** The operation does not validate against the schema (unknown field, wrong argument type, ...). */
    public static final String GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    /** The operation text is not valid GraphQL syntax. */
    public static final String GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    /** A mutation came without the write token. */
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    /** A subgraph's answer was over {@code parley.limits.max-response-bytes}. */
    public static final String RESPONSE_TOO_LARGE = "RESPONSE_TOO_LARGE";
    /** The gateway itself failed; the log has the details. */
    public static final String INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR";
    /** A subgraph reported an error without a code of its own. */
    public static final String SUBGRAPH_ERROR = "SUBGRAPH_ERROR";

    private GatewayErrors() {
    }

    /** A gateway error with a code, at an optional path and location. */
    public static GraphQLError error(String message, String code, ResultPath path, SourceLocation location) {
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(classification(code))
                .extensions(new LinkedHashMap<>(Map.of("code", code)));
        if (path != null) {
            builder.path(path);
        }
        if (location != null) {
            builder.location(location);
        }
        return builder.build();
    }

    /**
     * A subgraph's error as the client sees it: message and extensions kept, the path kept when it is already a
     * client path, otherwise replaced by {@code fallbackPath}; a code is added when the subgraph gave none.
     */
    @SuppressWarnings("unchecked")
    public static GraphQLError fromSubgraph(Map<String, Object> raw, boolean pathIsClientPath, ResultPath fallbackPath,
            SourceLocation location) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (raw.get("extensions") instanceof Map<?, ?> ext) {
            extensions.putAll((Map<String, Object>) ext);
        }
        extensions.putIfAbsent("code", SUBGRAPH_ERROR);
        Object message = raw.getOrDefault("message", "Subgraph error");
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                .message(String.valueOf(message))
                .errorType(classification(String.valueOf(extensions.get("code"))))
                .extensions(extensions);
        if (pathIsClientPath && raw.get("path") instanceof List<?> path && !path.isEmpty()) {
            builder.path((List<Object>) path);
        } else if (fallbackPath != null) {
            builder.path(fallbackPath);
        }
        if (location != null) {
            builder.location(location);
        }
        return builder.build();
    }

    /**
     * The error for a subgraph call that failed (unreachable, too slow, an answer too large, or a failure of the
     * gateway itself), with a message of our own: exception texts and host names go to the log only.
     */
    public static GraphQLError failure(Throwable failure, ResultPath path, SourceLocation location) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof SubgraphUnavailableException unavailable) {
            Log.warnf("%s (at %s)", unavailable.detail(), path);
            return error(unavailable.getMessage(), SERVICE_UNAVAILABLE, path, location);
        }
        if (cause instanceof SubgraphAnswerTooLargeException tooLarge) {
            Log.warnf("%s (at %s)", tooLarge.getMessage(), path);
            return error(tooLarge.getMessage(), RESPONSE_TOO_LARGE, path, location);
        }
        Log.errorf(cause, "Resolving %s failed", path);
        return error("Internal gateway error", INTERNAL_SERVER_ERROR, path, location);
    }

    private static ErrorClassification classification(String code) {
        return ErrorClassification.errorClassification(code);
    }
}
