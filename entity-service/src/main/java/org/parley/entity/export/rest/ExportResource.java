package org.parley.entity.export.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.parley.entity.common.graphql.BadUserInputException;
import org.parley.entity.engagement.graphql.EngagementFilterInput;
import org.parley.entity.engagement.model.EngagementStatus;
import org.parley.entity.engagement.model.EngagementType;
import org.parley.entity.engagement.repository.EngagementCriteria;
import org.parley.entity.engagement.service.EngagementQueryService;
import org.parley.entity.export.service.EngagementExporter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code GET /exports/engagements}: every engagement matching the filter as JSON Lines (docs/export.md), streamed.
 * The parameters are those of the GraphQL {@code EngagementFilter}; list parameters repeat or take commas
 * ({@code type=MEETING&type=CALL}, {@code type=MEETING,CALL}).
 */
@Path("/exports/engagements")
public class ExportResource {

    public static final String JSON_LINES = "application/jsonl";

    @Inject
    EngagementExporter exporter;

    @GET
    public Response engagements(@QueryParam("actorId") List<String> actorIds, @QueryParam("type") List<String> types,
                                @QueryParam("status") List<String> statuses, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("location") String location) {
        EngagementCriteria criteria;
        try {
            EngagementFilterInput filter = new EngagementFilterInput();
            filter.actorIds = values(actorIds, Function.identity());
            filter.types = values(types, v -> parse(EngagementType.class, "type", v));
            filter.statuses = values(statuses, v -> parse(EngagementStatus.class, "status", v));
            filter.from = date("from", from);
            filter.to = date("to", to);
            filter.location = location;
            criteria = EngagementQueryService.criteria(filter);
        } catch (BadUserInputException e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "BAD_USER_INPUT", "message", e.getMessage())).build();
        }
        StreamingOutput body = out -> exporter.write(criteria, out);
        return Response.ok(body, JSON_LINES).build();
    }

    private static <T> List<T> values(List<String> raw, Function<String, T> parse) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return raw.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).map(parse).toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new BadUserInputException(name + ": '" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadUserInputException(name + ": '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }
}
