package org.parley.gateway.limits;

import java.util.concurrent.atomic.AtomicLong;

import graphql.GraphQLContext;
import org.parley.gateway.subgraph.SubgraphAnswerTooLargeException;

/**
 * The bytes of subgraph answers one client operation may take in all ({@code parley.limits.max-response-bytes}),
 * shared by its root fields and their {@code _entities} requests; the request that goes over it fails with
 * {@link SubgraphAnswerTooLargeException}, so the client's answer stays within the limit plus at most one
 * subgraph answer (itself within the limit).
 */
public final class ResponseBudget {

    private static final String KEY = ResponseBudget.class.getName();

    private final long limit;
    private final AtomicLong spent = new AtomicLong();

    private ResponseBudget(long limit) {
        this.limit = limit;
    }

    /** The operation's budget, made on first use. */
    public static ResponseBudget of(GraphQLContext context, long limit) {
        return context.computeIfAbsent(KEY, key -> new ResponseBudget(limit));
    }

    /** A budget of its own, for a value that is not part of a client operation (a subscription event). */
    public static ResponseBudget single(long limit) {
        return new ResponseBudget(limit);
    }

    /** Takes {@code bytes} from the budget, or fails when that goes over it. */
    public void spend(long bytes) {
        if (spent.addAndGet(bytes) > limit) {
            throw new SubgraphAnswerTooLargeException(limit);
        }
    }
}
