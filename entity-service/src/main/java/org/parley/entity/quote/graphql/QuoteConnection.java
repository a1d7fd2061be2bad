package org.parley.entity.quote.graphql;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.entity.common.graphql.PageInfo;

import java.util.List;

/** GraphQL {@code QuoteConnection}, newest first. */
@Name("QuoteConnection")
public class QuoteConnection {

    /** GraphQL {@code QuoteEdge}. */
    @Name("QuoteEdge")
    public static class QuoteEdge {
        @NonNull
        public String cursor;
        @NonNull
        public QuoteNode node;

        public QuoteEdge(String cursor, QuoteNode node) {
            this.cursor = cursor;
            this.node = node;
        }
    }

    @NonNull
    public int totalCount;
    @NonNull
    public List<@NonNull QuoteNode> nodes;
    @NonNull
    public List<@NonNull QuoteEdge> edges;
    @NonNull
    public PageInfo pageInfo;

    public QuoteConnection(int totalCount, List<QuoteNode> nodes, List<QuoteEdge> edges, PageInfo pageInfo) {
        this.totalCount = totalCount;
        this.nodes = nodes;
        this.edges = edges;
        this.pageInfo = pageInfo;
    }
}
