package org.parley.entity.export.model;

/** An article that reports an engagement, with how many of its sentences do. */
public record Citation(String articleId, String title, int evidenceCount) {
}
