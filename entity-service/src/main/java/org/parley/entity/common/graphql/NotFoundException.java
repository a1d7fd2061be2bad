package org.parley.entity.common.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** A GraphQL error with {@code extensions.code = NOT_FOUND}: the requested record does not exist. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
