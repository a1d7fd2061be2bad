package org.parley.entity.common.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** A GraphQL error with {@code extensions.code = BAD_USER_INPUT}: an argument is malformed or out of range. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends RuntimeException {

    public BadUserInputException(String message) {
        super(message);
    }
}
