package org.parley.ingest.article.graphql;

import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.parley.ingest.article.api.ArticleInput;
import org.parley.ingest.article.api.Article;
import org.parley.ingest.article.api.InvalidRequestException;
import org.parley.ingest.article.model.StoredArticle;
import org.parley.ingest.article.service.ArticleCursor;
import org.parley.ingest.article.service.ArticlePage;
import org.parley.ingest.article.service.ArticleService;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The ingest subgraph: articles, their processing status, and the ingest mutation. */
@GraphQLApi
@Link(url = Link.FEDERATION_SPEC_LATEST_URL, _import = {@Import(name = "@key"), @Import(name = "@shareable")})
public class ArticleGraphQL {

    private final ArticleService articles;

    ArticleGraphQL(ArticleService articles) {
        this.articles = articles;
    }

    @Query
    @Description("One article by id, or null")
    public Article article(@NonNull @Id String id) {
        return articles.find(parseId(id)).map(Article::of).orElse(null);
    }

    @Query
    @Description("Articles, newest first")
    public @NonNull ArticleConnection articles(@DefaultValue("50") int first, String after) {
        ArticlePage page = articles.page(first, after);
        List<ArticleConnection.ArticleEdge> edges = page.articles().stream()
                .map(article -> new ArticleConnection.ArticleEdge(cursorOf(article), Article.of(article)))
                .toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new ArticleConnection((int) page.totalCount(), edges.stream().map(ArticleConnection.ArticleEdge::node).toList(),
                edges, new PageInfo(page.hasNextPage(), endCursor));
    }

    @Mutation
    @Description("Stores the article durably and returns it with status RECEIVED; processing continues asynchronously")
    public @NonNull Article ingestArticle(@NonNull ArticleInput input) {
        return Article.of(articles.submit(input).article());
    }

    /** Federation entity resolver: one query for a whole batch of article references. */
    @Resolver
    public List<Article> articleReferences(List<String> id) {
        Map<UUID, StoredArticle> found = articles.findAll(id.stream().map(ArticleGraphQL::parseIdOrNull)
                        .filter(java.util.Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(article -> article.id, Function.identity()));
        return id.stream()
                .map(ArticleGraphQL::parseIdOrNull)
                .map(uuid -> Optional.ofNullable(uuid).map(found::get).map(Article::of).orElse(null))
                .toList();
    }

    private static String cursorOf(StoredArticle article) {
        return new ArticleCursor(article.receivedAt, article.id).encode();
    }

    private static UUID parseId(String id) {
        UUID uuid = parseIdOrNull(id);
        if (uuid == null) {
            throw new InvalidRequestException("Not an article id: " + id);
        }
        return uuid;
    }

    private static UUID parseIdOrNull(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
