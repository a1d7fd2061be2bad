package org.parley.ingest.article.api;

import org.parley.ingest.article.model.StoredArticle;
import org.parley.ingest.article.model.ArticleStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An article as REST clients see it. */
public record Article(String id, String title, String source, String url, LocalDate publishedOn, String text,
                      ArticleStatus status, OffsetDateTime receivedAt, int attempts, String failureReason) {

    public static Article of(StoredArticle article) {
        return new Article(article.id.toString(), article.title, article.source, article.url, article.publishedOn,
                article.text, article.status, article.receivedAt, article.attempts, article.failureReason);
    }
}
