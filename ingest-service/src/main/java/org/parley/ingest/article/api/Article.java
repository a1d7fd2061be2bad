package org.parley.ingest.article.api;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.ingest.article.model.StoredArticle;
import org.parley.ingest.article.model.ArticleStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An article as clients see it, over REST and as the subgraph's {@code Article} entity. */
@Key(fields = @FieldSet("id"))
public record Article(@Id @NonNull String id, String title, String source, String url, LocalDate publishedOn,
                          @NonNull String text, @NonNull ArticleStatus status, @NonNull OffsetDateTime receivedAt,
                          String failureReason) {

    public static Article of(StoredArticle article) {
        return new Article(article.id.toString(), article.title, article.source, article.url, article.publishedOn,
                article.text, article.status, article.receivedAt, article.failureReason);
    }
}
