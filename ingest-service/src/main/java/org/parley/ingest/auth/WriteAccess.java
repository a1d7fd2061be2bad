package org.parley.ingest.auth;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;

/** Guards GraphQL mutations: the current HTTP request must carry the write token. */
@ApplicationScoped
public class WriteAccess {

    private final WriteToken token;
    private final Instance<HttpServerRequest> request;

    WriteAccess(WriteToken token, Instance<HttpServerRequest> request) {
        this.token = token;
        this.request = request;
    }

    /** Throws {@link UnauthenticatedException} unless the current request presents the write token. */
    public void require() {
        String authorization;
        try {
            authorization = request.get().getHeader(HttpHeaders.AUTHORIZATION);
        } catch (ContextNotActiveException noHttpRequest) {
            // an operation sent over a websocket: no request of its own, so no header
            throw new UnauthenticatedException();
        }
        if (!token.accepts(authorization)) {
            throw new UnauthenticatedException();
        }
    }
}
