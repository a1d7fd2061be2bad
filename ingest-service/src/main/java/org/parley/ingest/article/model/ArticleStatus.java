package org.parley.ingest.article.model;

/** How far an article has got: stored, fully processed (queryable in entity-service), or given up on. */
public enum ArticleStatus { RECEIVED, PROCESSED, FAILED }
