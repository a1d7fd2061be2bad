package org.parley.entity.delivery.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.parley.entity.delivery.service.InvalidDeliveryException;

import java.util.Map;

/** Turns bad deliveries into 400 answers with a JSON body naming the problem. */
public class DeliveryErrorMappers {

    @ServerExceptionMapper
    public Response invalid(InvalidDeliveryException e) {
        return badRequest(e.getMessage());
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return badRequest("body: malformed JSON: " + e.getOriginalMessage());
    }

    /** Quarkus REST reports unreadable JSON as a bare 400; give it a body that says why. */
    @ServerExceptionMapper
    public Response rejected(WebApplicationException e) {
        if (e.getResponse().getStatus() != 400 || e.getResponse().hasEntity()) {
            return e.getResponse();
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String reason = cause instanceof JsonProcessingException json ? json.getOriginalMessage() : cause.getMessage();
        return badRequest("body: malformed JSON: " + reason);
    }

    private static Response badRequest(String message) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", "INVALID_EXTRACTION", "message", message))
                .build();
    }
}
