package org.parley.ingest.article.api;

import io.smallrye.graphql.api.ErrorCode;

/** A request argument that cannot be honoured (bad id, cursor or page size); never touches stored data. */
@ErrorCode("BAD_USER_INPUT")
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
