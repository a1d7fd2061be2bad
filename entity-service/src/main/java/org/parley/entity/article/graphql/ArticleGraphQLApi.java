package org.parley.entity.article.graphql;

import io.smallrye.graphql.api.federation.Resolver;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.entity.actor.graphql.ActorNode;
import org.parley.entity.actor.service.ActorQueryService;
import org.parley.entity.engagement.graphql.EngagementNode;
import org.parley.entity.engagement.service.EngagementQueryService;

import java.util.List;

/** {@code Article} as seen from this subgraph: its engagements and actors, resolved for batches of article ids. */
@GraphQLApi
public class ArticleGraphQLApi {

    @Inject
    EngagementQueryService engagements;
    @Inject
    ActorQueryService actors;

    /** Federation: any article id resolves (an article may have no engagements); the fields below fill it. */
    @Resolver
    public List<ArticleNode> articleEntities(List<String> id) {
        return id.stream().map(ArticleNode::new).toList();
    }

    @NonNull
    public List<@NonNull List<@NonNull EngagementNode>> engagements(@Source List<ArticleNode> articles) {
        return engagements.byArticles(articles.stream().map(a -> a.id).toList());
    }

    @NonNull
    public List<@NonNull List<@NonNull ActorNode>> actors(@Source List<ArticleNode> articles) {
        return actors.byArticles(articles.stream().map(a -> a.id).toList());
    }
}
