package org.parley.ingest.article.graphql;

import io.smallrye.graphql.api.federation.Shareable;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay page info; the same value type in every subgraph. */
@Shareable
public record PageInfo(@NonNull boolean hasNextPage, String endCursor) {
}
