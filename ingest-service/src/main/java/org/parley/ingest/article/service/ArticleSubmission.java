package org.parley.ingest.article.service;

import org.parley.ingest.article.model.StoredArticle;

/** The stored article and whether this request created it (false: the same story was already there). */
public record ArticleSubmission(StoredArticle article, boolean created) {
}
