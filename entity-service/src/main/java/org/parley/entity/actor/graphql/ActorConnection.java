package org.parley.entity.actor.graphql;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.entity.common.graphql.PageInfo;

import java.util.List;

/** GraphQL {@code ActorConnection}. */
@Name("ActorConnection")
public class ActorConnection {

    /** GraphQL {@code ActorEdge}. */
    @Name("ActorEdge")
    public static class ActorEdge {
        @NonNull
        public String cursor;
        @NonNull
        public ActorNode node;

        public ActorEdge(String cursor, ActorNode node) {
            this.cursor = cursor;
            this.node = node;
        }
    }

    @NonNull
    public int totalCount;
    @NonNull
    public List<@NonNull ActorNode> nodes;
    @NonNull
    public List<@NonNull ActorEdge> edges;
    @NonNull
    public PageInfo pageInfo;

    public ActorConnection(int totalCount, List<ActorNode> nodes, List<ActorEdge> edges, PageInfo pageInfo) {
        this.totalCount = totalCount;
        this.nodes = nodes;
        this.edges = edges;
        this.pageInfo = pageInfo;
    }
}
