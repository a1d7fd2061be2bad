package org.parley.entity.engagement.graphql;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.entity.common.graphql.PageInfo;

import java.util.List;

/** GraphQL {@code EngagementConnection}, newest first. */
@Name("EngagementConnection")
public class EngagementConnection {

    /** GraphQL {@code EngagementEdge}. */
    @Name("EngagementEdge")
    public static class EngagementEdge {
        @NonNull
        public String cursor;
        @NonNull
        public EngagementNode node;

        public EngagementEdge(String cursor, EngagementNode node) {
            this.cursor = cursor;
            this.node = node;
        }
    }

    @NonNull
    public int totalCount;
    @NonNull
    public List<@NonNull EngagementNode> nodes;
    @NonNull
    public List<@NonNull EngagementEdge> edges;
    @NonNull
    public PageInfo pageInfo;

    public EngagementConnection(int totalCount, List<EngagementNode> nodes, List<EngagementEdge> edges,
                                PageInfo pageInfo) {
        this.totalCount = totalCount;
        this.nodes = nodes;
        this.edges = edges;
        this.pageInfo = pageInfo;
    }
}
