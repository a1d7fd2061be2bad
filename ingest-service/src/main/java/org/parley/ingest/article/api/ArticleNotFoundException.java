package org.parley.ingest.article.api;

import io.smallrye.graphql.api.ErrorCode;

/** No article has the id a client named. */
@ErrorCode("NOT_FOUND")
public class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(String id) {
        super("No article " + id);
    }
}
