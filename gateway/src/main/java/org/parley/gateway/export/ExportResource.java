package org.parley.gateway.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.type.TypeReference;
import org.jboss.logging.Logger;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.gateway.config.GatewayConfig;
import org.parley.gateway.subgraph.Subgraph;
import org.parley.gateway.subgraph.SubgraphClient;

/**
 * {@code GET /export/engagements?format=csv|jsonl&…}: streams entity-service's export of the engagements matching
 * the filter parameters (those of {@code EngagementFilter}, passed on as given), adding each citing article's URL
 * from ingest-service, as JSON Lines or CSV (docs/export.md). Memory is one batch of rows, whatever the export's size.
 */
@Path("/export/engagements")
public class ExportResource {

    private static final Logger LOG = Logger.getLogger(ExportResource.class);

    /** Rows whose article URLs are asked of ingest-service in one request. */
    static final int BATCH = 200;

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final URI entityExport;
    private final HttpClient http;
    private final GatewayConfig config;
    private final ArticleUrls articleUrls;
    private final ObjectMapper mapper;

    ExportResource(SubgraphClient subgraphs, GatewayConfig config, ArticleUrls articleUrls, ObjectMapper mapper) {
        this.entityExport = subgraphs.url(Subgraph.ENTITY).resolve("/exports/engagements");
        this.config = config;
        this.articleUrls = articleUrls;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(config.subgraphs().connectTimeout()).build();
    }

    @GET
    public Response engagements(@Context UriInfo uri) {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        ExportFormat format = ExportFormat.of(parameters.getFirst("format")).orElse(null);
        if (format == null) {
            return error(Response.Status.BAD_REQUEST, "BAD_USER_INPUT",
                    "format: '" + parameters.getFirst("format") + "' is not one of csv, jsonl");
        }
        HttpResponse<InputStream> upstream;
        try {
            upstream = http.send(HttpRequest.newBuilder(URI.create(entityExport + "?" + filterQuery(parameters)))
                    .timeout(config.export().firstRowTimeout()).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            LOG.warnf("Export: entity-service failed: %s", e.toString());
            return error(Response.Status.BAD_GATEWAY, "SUBGRAPH_UNAVAILABLE", "entity-service unavailable: "
                    + SubgraphClient.reason(e, config.export().firstRowTimeout().toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(Response.Status.SERVICE_UNAVAILABLE, "SUBGRAPH_UNAVAILABLE", "interrupted");
        }
        if (upstream.statusCode() != 200) {
            // entity-service's own 4xx (a bad filter) goes to the client as it is; anything else is a bad gateway
            try (InputStream body = upstream.body()) {
                int status = upstream.statusCode() / 100 == 4 ? upstream.statusCode() : 502;
                return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body.readAllBytes()).build();
            } catch (IOException e) {
                LOG.warnf("Export: entity-service's error answer could not be read: %s", e.toString());
                return error(Response.Status.BAD_GATEWAY, "SUBGRAPH_UNAVAILABLE",
                        "entity-service unavailable: the connection failed");
            }
        }
        StreamingOutput body = out -> stream(upstream.body(), format, out);
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"engagements." + format.extension() + "\"")
                .build();
    }

    private void stream(InputStream upstream, ExportFormat format, OutputStream out) throws IOException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(upstream, StandardCharsets.UTF_8))) {
            if (format == ExportFormat.CSV) {
                out.write(ExportFormat.csvHeader().getBytes(StandardCharsets.UTF_8));
            }
            List<Map<String, Object>> batch = new ArrayList<>(BATCH);
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    batch.add(mapper.readValue(line, JSON_OBJECT));
                }
                if (batch.size() == BATCH) {
                    writeBatch(batch, format, out);
                    batch.clear();
                }
            }
            writeBatch(batch, format, out);
        }
    }

    @SuppressWarnings("unchecked")
    private void writeBatch(List<Map<String, Object>> batch, ExportFormat format, OutputStream out)
            throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        Set<String> articleIds = new LinkedHashSet<>();
        for (Map<String, Object> row : batch) {
            for (Map<String, Object> cite : (List<Map<String, Object>>) row.getOrDefault("cite_info", List.of())) {
                articleIds.add(String.valueOf(cite.get("citation")));
            }
        }
        Map<String, String> urls = articleUrls.of(articleIds);
        for (Map<String, Object> row : batch) {
            for (Map<String, Object> cite : (List<Map<String, Object>>) row.getOrDefault("cite_info", List.of())) {
                cite.put("url", urls.get(String.valueOf(cite.get("citation"))));
            }
            if (format == ExportFormat.CSV) {
                out.write(ExportFormat.csvRow(row).getBytes(StandardCharsets.UTF_8));
            } else {
                out.write(mapper.writeValueAsBytes(row));
                out.write('\n');
            }
        }
        out.flush();
    }

    /** The filter parameters, re-encoded, without the gateway's own {@code format}. */
    private static String filterQuery(MultivaluedMap<String, String> parameters) {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, values) -> {
            if (!"format".equals(name)) {
                for (String value : values) {
                    query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
        });
        return query.toString();
    }

    private static Response error(Response.Status status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", code, "message", message)).build();
    }
}
