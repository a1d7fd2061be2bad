package org.parley.entity.common.graphql;

import io.smallrye.graphql.api.federation.Shareable;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay page information; a value type shared with ingest-service's subgraph. */
@Shareable
public class PageInfo {

    @NonNull
    public boolean hasNextPage;

    public String endCursor;

    public PageInfo(boolean hasNextPage, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.endCursor = endCursor;
    }
}
