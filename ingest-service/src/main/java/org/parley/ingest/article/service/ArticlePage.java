package org.parley.ingest.article.service;

import org.parley.ingest.article.model.StoredArticle;

import java.util.List;

/** One page of articles, newest first, and whether more follow. */
public record ArticlePage(List<StoredArticle> articles, boolean hasNextPage, long totalCount) {
}
