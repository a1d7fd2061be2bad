package org.parley.ingest.auth;

import io.smallrye.graphql.api.ErrorCode;

/** A write without the write token; GraphQL reports it with {@code extensions.code} UNAUTHENTICATED. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends RuntimeException {

    public static final String MESSAGE = "Writing needs the header Authorization: Bearer <write token>";

    public UnauthenticatedException() {
        super(MESSAGE);
    }
}
