package org.parley.ingest.article.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.parley.ingest.article.api.InvalidRequestException;
import org.parley.ingest.normalise.ArticleRejectedException;

import java.util.stream.Collectors;

/** Turns request errors into 4xx answers with a JSON body {@code {code, rule?, message}}. */
public class ApiErrors {

    /** The JSON error body. */
    public record ApiError(String code, String rule, String message) {
    }

    @ServerExceptionMapper
    public Response rejected(ArticleRejectedException e) {
        int status = "TOO_LARGE".equals(e.rule()) ? 413 : 422;
        return error(status, new ApiError("ARTICLE_REJECTED", e.rule(), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return error(400, new ApiError("BAD_USER_INPUT", null, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidBody(ConstraintViolationException e) {
        String message = e.getConstraintViolations().stream()
                .map(violation -> violation.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return error(400, new ApiError("BAD_USER_INPUT", null, message));
    }

    /** A value of the wrong form (e.g. publishedOn "2023-13-01"); Quarkus' own answer would have no message. */
    @ServerExceptionMapper
    public Response mismatchedValue(MismatchedInputException e) {
        return malformedJson(e);
    }

    /** Names the field at fault but never repeats the parser's message, which quotes Java types and input. */
    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")) : "";
        String where = !field.isEmpty() ? "field " + field + " has a value of the wrong type or form"
                : e.getLocation() != null ? "syntax error at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() : "syntax error";
        return error(400, new ApiError("MALFORMED_JSON", null, "The body is not valid JSON for an article: " + where));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String code = status == 404 ? "NOT_FOUND" : status == 415 ? "UNSUPPORTED_MEDIA_TYPE" : "HTTP_" + status;
        return error(status, new ApiError(code, null, e.getMessage()));
    }

    private static Response error(int status, ApiError body) {
        return Response.status(status).type("application/json").entity(body).build();
    }
}
