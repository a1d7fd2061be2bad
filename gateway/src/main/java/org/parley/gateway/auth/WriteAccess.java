package org.parley.gateway.auth;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/** Decides whether the current request may run a mutation: it must carry the write token. */
@ApplicationScoped
public class WriteAccess {

    /** The message of the UNAUTHENTICATED error. */
    public static final String MESSAGE = "Mutations need the header Authorization: Bearer <write token>";

    private final WriteToken token;
    private final Instance<HttpServerRequest> request;

    WriteAccess(WriteToken token, Instance<HttpServerRequest> request) {
        this.token = token;
        this.request = request;
    }

    /**
     * The current request's {@code Authorization} header, to pass on to the subgraph, when it carries the write
     * token; empty otherwise.
     */
    public Optional<String> authorization() {
        String authorization;
        try {
            authorization = request.get().getHeader(HttpHeaders.AUTHORIZATION);
        } catch (ContextNotActiveException noHttpRequest) {
            // an operation sent over a websocket: no request of its own, so no header
            return Optional.empty();
        }
        return token.accepts(authorization) ? Optional.of(authorization) : Optional.empty();
    }
}
