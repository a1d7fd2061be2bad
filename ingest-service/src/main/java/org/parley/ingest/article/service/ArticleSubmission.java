package org.parley.ingest.article.service;

import org.parley.ingest.article.model.Article;

/** The stored article and whether this request created it (false: the same story was already there). */
public record ArticleSubmission(Article article, boolean created) {
}
