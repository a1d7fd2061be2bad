package org.parley.launcher.client;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What a web app does with Parley, through the gateway: ingest articles, wait for them, read the record. */
public final class ParleyClient {

    private final GraphQLClient graphql;

    /** A client of the gateway at {@code graphqlUrl} that writes with {@code token}. */
    public ParleyClient(String graphqlUrl, String token) {
        this.graphql = new GraphQLClient(graphqlUrl, token);
    }

    public GraphQLClient graphql() {
        return graphql;
    }

    /** Submits one article and returns its id (the article is stored, processing continues). */
    public String ingest(String text) {
        JsonNode data = graphql.data("""
                mutation Ingest($input: ArticleInput!) {
                  ingestArticle(input: $input) { id status }
                }""", Map.of("input", Map.of("text", text)));
        return data.get("ingestArticle").get("id").asText();
    }

    public String status(String articleId) {
        JsonNode article = graphql.data("""
                query Status($id: ID!) { article(id: $id) { status } }""", Map.of("id", articleId)).get("article");
        return article == null || article.isNull() ? null : article.get("status").asText();
    }

    /**
     * Waits until every article has left RECEIVED and returns their final statuses by id. It waits for one article
     * at a time with the same small query, so waiting adds little load to the system being measured.
     */
    public Map<String, String> awaitProcessed(List<String> articleIds, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, String> statuses = new HashMap<>();
        for (String id : articleIds) {
            String status = status(id);
            while ("RECEIVED".equals(status)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Article " + id + " still RECEIVED after " + timeout);
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                status = status(id);
            }
            statuses.put(id, status);
        }
        return statuses;
    }

    /** Ingests every {@code *.txt} file of the folder, in name order; returns article ids by file name. */
    public Map<String, String> ingestFolder(Path folder) {
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        for (Path file : textFiles(folder)) {
            try {
                ids.put(file.getFileName().toString(), ingest(Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ids;
    }

    /** Every node of a paginated root connection, following cursors; {@code selection} is the node selection. */
    public List<JsonNode> all(String rootField, String selection) {
        List<JsonNode> nodes = new ArrayList<>();
        String after = null;
        String query = "query Page($after: String) { %s(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes %s } }"
                .formatted(rootField, selection);
        while (true) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonNode connection = graphql.data(query, variables).get(rootField);
            connection.get("nodes").forEach(nodes::add);
            if (!connection.get("pageInfo").get("hasNextPage").asBoolean()) {
                return nodes;
            }
            after = connection.get("pageInfo").get("endCursor").asText();
        }
    }

    public static List<Path> textFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
