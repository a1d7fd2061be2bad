package org.parley.ingest.article.api;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.ingest.article.model.Article;
import org.parley.ingest.article.model.ArticleStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An article as clients see it, over REST and as the subgraph's {@code Article} entity. */
@Type("Article")
@Key(fields = @FieldSet("id"))
public record ArticleView(@Id @NonNull String id, String title, String source, String url, LocalDate publishedOn,
                          @NonNull String text, @NonNull ArticleStatus status, @NonNull OffsetDateTime receivedAt,
                          String failureReason) {

    public static ArticleView of(Article article) {
        return new ArticleView(article.id.toString(), article.title, article.source, article.url, article.publishedOn,
                article.text, article.status, article.receivedAt, article.failureReason);
    }
}
