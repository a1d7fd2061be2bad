package org.parley.ingest.article.graphql;

import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A Relay connection over articles. */
public record ArticleConnection(int totalCount, @NonNull List<@NonNull ArticleNode> nodes,
                                @NonNull List<@NonNull ArticleEdge> edges, @NonNull PageInfo pageInfo) {

    /** An article and the cursor to continue after it. */
    public record ArticleEdge(@NonNull String cursor, @NonNull ArticleNode node) {
    }
}
