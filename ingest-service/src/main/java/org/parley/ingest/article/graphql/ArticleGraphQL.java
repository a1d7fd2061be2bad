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
import org.eclipse.microprofile.graphql.Source;
import org.parley.ingest.article.api.ArticleInput;
import org.parley.ingest.article.api.ArticleNotFoundException;
import org.parley.ingest.article.api.InvalidRequestException;
import org.parley.ingest.article.service.ArticleCursor;
import org.parley.ingest.article.service.ArticlePage;
import org.parley.ingest.article.service.ArticleService;
import org.parley.ingest.auth.WriteAccess;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The ingest subgraph: articles, their processing status, and the ingest mutation. */
@GraphQLApi
@Link(url = Link.FEDERATION_SPEC_LATEST_URL, _import = {@Import(name = "@key"), @Import(name = "@shareable")})
public class ArticleGraphQL {

    private final ArticleService articles;
    private final WriteAccess writeAccess;

    ArticleGraphQL(ArticleService articles, WriteAccess writeAccess) {
        this.articles = articles;
        this.writeAccess = writeAccess;
    }

    @Query
    @Description("One article by id, or null")
    public ArticleNode article(@NonNull @Id String id) {
        return articles.nodes(List.of(parseId(id))).stream().findFirst().orElse(null);
    }

    @Query
    @Description("Articles, newest first")
    public @NonNull ArticleConnection articles(@DefaultValue("50") int first, String after) {
        ArticlePage page = articles.page(first, after);
        List<ArticleConnection.ArticleEdge> edges = page.articles().stream()
                .map(article -> new ArticleConnection.ArticleEdge(cursorOf(article), article))
                .toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new ArticleConnection((int) page.totalCount(), page.articles(), edges,
                new PageInfo(page.hasNextPage(), endCursor));
    }

    @Mutation
    @Description("Stores the article durably and returns it with status RECEIVED; processing continues asynchronously")
    public @NonNull ArticleNode ingestArticle(@NonNull ArticleInput input) {
        writeAccess.require();
        return ArticleNode.of(articles.submit(input).article());
    }

    @Mutation
    @Description("Puts a FAILED article back to RECEIVED so that it is processed again")
    public @NonNull ArticleNode retryArticle(@NonNull @Id String id) {
        writeAccess.require();
        UUID uuid = parseIdOrNull(id);
        if (uuid == null) {
            throw new ArticleNotFoundException(id);
        }
        return ArticleNode.of(articles.retry(uuid));
    }

    /** Federation entity resolver: one query for a whole batch of article references, texts left out. */
    @Resolver
    public List<ArticleNode> articleReferences(List<String> id) {
        Map<String, ArticleNode> found = articles.nodes(id.stream().map(ArticleGraphQL::parseIdOrNull)
                        .filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(ArticleNode::id, Function.identity()));
        return id.stream().map(ArticleGraphQL::parseIdOrNull)
                .map(uuid -> uuid == null ? null : found.get(uuid.toString()))
                .toList();
    }

    @Description("normalised text")
    public @NonNull List<@NonNull String> text(@Source List<ArticleNode> nodes) {
        Map<UUID, String> texts = articles.texts(nodes.stream().map(node -> UUID.fromString(node.id())).toList());
        return nodes.stream().map(node -> texts.get(UUID.fromString(node.id()))).toList();
    }

    private static String cursorOf(ArticleNode article) {
        return new ArticleCursor(article.receivedAt(), UUID.fromString(article.id())).encode();
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
