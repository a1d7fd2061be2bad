package org.parley.graphql.limits;

import java.util.Collection;
import java.util.List;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * The estimated cost of one GraphQL operation, with its variables applied: about how many values its answer can
 * hold. The gateway refuses a client's operation by it ({@code parley.limits.max-complexity}), and entity-service and
 * ingest-service refuse their callers' by it ({@code parley.graphql.max-cost}), so there is one way of counting.
 *
 * <p>Every field costs 1 plus its children's cost times a multiplier:
 * <ul>
 *   <li>the {@code first} argument where given (connections, counterparts);</li>
 *   <li>the default page size where a field takes {@code first} and none is given (the subgraphs answer that many);</li>
 *   <li>the number of {@code representations} of a federation {@code _entities} request;</li>
 *   <li>{@value #ASSUMED_LIST_SIZE} for other lists of objects (participants, evidence, an article's engagements);</li>
 *   <li>1 for a connection's own {@code nodes}/{@code edges} (already counted by {@code first}) and anything else.</li>
 * </ul>
 * A leaf costs 1 unless its answer can be large: an article's {@code text} (up to 200,000 characters) costs
 * {@value #ARTICLE_TEXT_COST}. Sums and products saturate at {@link Long#MAX_VALUE}.
 */
public final class QueryCost {

    /** How many items an unpaginated list (participants, evidence, ...) is assumed to hold. */
    public static final int ASSUMED_LIST_SIZE = 10;
    /** Cost of {@code Article.text}: an article's text is as big as a few hundred scalar values. */
    public static final int ARTICLE_TEXT_COST = 50;

    private final int defaultPageSize;

    /** @param defaultPageSize what a field taking {@code first} answers when it is not given (50 in Parley) */
    public QueryCost(int defaultPageSize) {
        this.defaultPageSize = defaultPageSize;
    }

    /** The cost of the whole operation. */
    public long of(ExecutableNormalizedOperation operation, GraphQLSchema schema) {
        long cost = 0;
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            cost = add(cost, of(field, schema));
        }
        return cost;
    }

    /** The cost of one field with everything selected under it. */
    public long of(ExecutableNormalizedField field, GraphQLSchema schema) {
        long children = 0;
        for (ExecutableNormalizedField child : field.getChildren()) {
            children = add(children, of(child, schema));
        }
        if (field.getChildren().isEmpty() && "text".equals(field.getName())
                && field.getObjectTypeNames().contains("Article")) {
            return ARTICLE_TEXT_COST;
        }
        return add(1, multiply(multiplier(field, schema), children));
    }

    /** The words of a refusal, the same at the gateway and in the subgraphs. */
    public static String refusal(long cost, long maximum) {
        return "Query cost " + cost + " exceeds the maximum of " + maximum
                + "; ask for smaller pages or fewer nested lists";
    }

    private long multiplier(ExecutableNormalizedField field, GraphQLSchema schema) {
        Object first = field.getResolvedArguments().get("first");
        if (first instanceof Number number) {
            return Math.max(number.longValue(), 0);
        }
        if (field.getName().equals("_entities")
                && field.getResolvedArguments().get("representations") instanceof Collection<?> representations) {
            return representations.size();
        }
        if (field.getChildren().isEmpty()) {
            return 1;
        }
        List<GraphQLFieldDefinition> definitions = field.getFieldDefinitions(schema);
        if (definitions.stream().anyMatch(definition -> definition.getArgument("first") != null)) {
            return defaultPageSize;
        }
        if (field.getName().equals("nodes") || field.getName().equals("edges")) {
            return 1;
        }
        return GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType(schema))) ? ASSUMED_LIST_SIZE : 1;
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long multiply(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
