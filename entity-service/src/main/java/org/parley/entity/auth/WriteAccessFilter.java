package org.parley.entity.auth;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers 401 to a REST request that may write (any method but GET, HEAD, OPTIONS; today {@code PUT /extractions})
 * without the write token.
 */
public class WriteAccessFilter {

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final WriteToken token;

    WriteAccessFilter(WriteToken token) {
        this.token = token;
    }

    /** Runs before the body is read, so a refused request costs no parsing and writes nothing. */
    @ServerRequestFilter
    public Optional<Response> requireToken(ContainerRequestContext request) {
        if (READS.contains(request.getMethod()) || token.accepts(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            return Optional.empty();
        }
        return Optional.of(Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", "UNAUTHENTICATED",
                        "message", "Writing needs the header Authorization: Bearer <write token>"))
                .build());
    }
}
