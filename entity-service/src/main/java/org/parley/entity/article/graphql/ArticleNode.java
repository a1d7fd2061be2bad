package org.parley.entity.article.graphql;

import io.smallrye.graphql.api.federation.External;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * GraphQL {@code Article} as this subgraph knows it: the id ingest-service minted; its engagements and actors. The
 * title is ingest-service's field ({@code @external}); this subgraph knows it only where {@code Evidence.article}
 * provides it, from the delivery of the article.
 */
@Name("Article")
@Key(fields = @FieldSet("id"))
public class ArticleNode {

    @Id
    @NonNull
    public String id;

    @External
    public String title;

    public ArticleNode() {
    }

    /** A reference to an article by id alone. */
    public ArticleNode(String id) {
        this(id, null);
    }

    public ArticleNode(String id, String title) {
        this.id = id;
        this.title = title;
    }
}
