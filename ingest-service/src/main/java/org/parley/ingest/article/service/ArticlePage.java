package org.parley.ingest.article.service;

import org.parley.ingest.article.graphql.ArticleNode;

import java.util.List;

/** One page of articles, newest first, and whether more follow. */
public record ArticlePage(List<ArticleNode> articles, boolean hasNextPage, long totalCount) {
}
