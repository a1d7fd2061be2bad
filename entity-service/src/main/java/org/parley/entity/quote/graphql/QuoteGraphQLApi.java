package org.parley.entity.quote.graphql;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.parley.entity.actor.graphql.ActorNode;
import org.parley.entity.actor.service.ActorQueryService;
import org.parley.entity.article.graphql.ArticleNode;
import org.parley.entity.quote.service.QuoteQueryService;

import java.util.List;

/** {@code Query.quotes}, {@code Quote.speaker}, {@code Actor.quotes} and {@code Article.quotes}, all in batches. */
@GraphQLApi
public class QuoteGraphQLApi {

    @Inject
    QuoteQueryService quotes;
    @Inject
    ActorQueryService actors;

    @Query("quotes")
    @Description("Quotes matching the filter, newest first")
    @NonNull
    public QuoteConnection quotes(QuoteFilterInput filter, @DefaultValue("50") Integer first, String after) {
        return quotes.page(filter, first, after);
    }

    @Description("who said it; null when the text does not tell")
    public List<ActorNode> speaker(@Source List<QuoteNode> sources) {
        return actors.byIds(sources.stream().map(q -> q.speakerId == null ? "" : q.speakerId.toString()).toList());
    }

    @NonNull
    @Name("quotes")
    @Description("what this actor is quoted as saying, newest first")
    public List<@NonNull QuoteConnection> actorQuotes(@Source List<ActorNode> sources, Integer first,
                                                     String after) {
        return quotes.pagesForSpeakers(sources.stream().map(ActorNode::key).toList(), first, after);
    }

    @NonNull
    @Name("quotes")
    @Description("the article's quotes, in text order")
    public List<@NonNull List<@NonNull QuoteNode>> articleQuotes(@Source List<ArticleNode> articles) {
        return quotes.byArticles(articles.stream().map(a -> a.id).toList());
    }
}
