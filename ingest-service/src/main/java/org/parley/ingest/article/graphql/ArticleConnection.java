package org.parley.ingest.article.graphql;

import org.eclipse.microprofile.graphql.NonNull;
import org.parley.ingest.article.api.Article;

import java.util.List;

/** A Relay connection over articles. */
public record ArticleConnection(int totalCount, @NonNull List<@NonNull Article> nodes,
                                @NonNull List<@NonNull ArticleEdge> edges, @NonNull PageInfo pageInfo) {

    /** An article and the cursor to continue after it. */
    public record ArticleEdge(@NonNull String cursor, @NonNull Article node) {
    }
}
