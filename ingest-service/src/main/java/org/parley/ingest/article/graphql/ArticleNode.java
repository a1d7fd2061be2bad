package org.parley.ingest.article.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import io.smallrye.graphql.api.federation.Shareable;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.ingest.article.model.ArticleStatus;
import org.parley.ingest.article.model.StoredArticle;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The subgraph's {@code Article} entity, read without the article's texts: {@code text} is a batch field of
 * {@link ArticleGraphQL}, loaded only when a query selects it. The title is shareable: entity-service provides it
 * on the articles of evidence (federation {@code @provides}).
 */
@Name("Article")
@Key(fields = @FieldSet("id"))
public record ArticleNode(@Id @NonNull String id, @Shareable String title, String source, String url,
                          LocalDate publishedOn, @NonNull ArticleStatus status, @NonNull OffsetDateTime receivedAt,
                          int attempts, String failureReason) {

    public static ArticleNode of(StoredArticle article) {
        return new ArticleNode(article.id.toString(), article.title, article.source, article.url, article.publishedOn,
                article.status, article.receivedAt, article.attempts, article.failureReason);
    }
}
