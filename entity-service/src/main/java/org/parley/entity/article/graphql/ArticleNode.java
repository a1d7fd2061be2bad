package org.parley.entity.article.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL {@code Article} as this subgraph knows it: the id ingest-service minted; its engagements and actors. */
@Name("Article")
@Key(fields = @FieldSet("id"))
public class ArticleNode {

    @Id
    @NonNull
    public String id;

    public ArticleNode() {
    }

    public ArticleNode(String id) {
        this.id = id;
    }
}
