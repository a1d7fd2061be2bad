package org.parley.entity.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Paging limits of the GraphQL subgraph ({@code parley.graphql.*}). */
@ConfigMapping(prefix = "parley.graphql")
public interface GraphQLLimits {

    /** {@code parley.graphql.max-page-size}: the largest {@code first} a connection accepts. */
    @WithDefault("100")
    int maxPageSize();

    /** {@code parley.graphql.default-page-size}: {@code first} when a client gives none. */
    @WithDefault("50")
    int defaultPageSize();

    /**
     * {@code parley.graphql.max-cost}: the largest estimated cost of one operation; read by graphql-errors'
     * {@code QueryCostLimit}, declared here so that the mapping knows the key.
     */
    @WithDefault("100000")
    long maxCost();

    /**
     * {@code parley.graphql.count-limit}: {@code totalCount} counts matches up to this many; above it a connection
     * reports this number plus one, read as "more than this" (docs/benchmarks.md, A million engagements).
     */
    @WithDefault("10000")
    int countLimit();
}
