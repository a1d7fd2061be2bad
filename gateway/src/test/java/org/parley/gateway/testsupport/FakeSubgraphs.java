package org.parley.gateway.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.language.StringValue;
import graphql.schema.Coercing;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.mutiny.Multi;
import mutiny.zero.flow.adapters.AdaptersToReactiveStreams;

/**
 * Starts a fake entity and a fake ingest subgraph (real GraphQL over HTTP and websockets, in-memory data) and points
 * the gateway's {@code parley.subgraphs.*.url} at them.
 *
 * <p>Data: engagement {@code e<n>} has two participants (actors 1 and 2) and one evidence item in article
 * {@code a<n % 7>}; there are 1000 engagements and 42 articles; {@code engagement(id: "404")} is a NOT_FOUND error.
 */
public class FakeSubgraphs implements QuarkusTestResourceLifecycleManager {

    /** Article ids are spread over this many distinct articles, so evidence shares articles. */
    public static final int DISTINCT_ARTICLES = 7;

    /** Rows of the fake entity-service export ({@code GET /exports/engagements}). */
    public static final int EXPORT_ROWS = 1000;

    private static final List<String> exportQueries = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static FakeSubgraph entity;
    private static FakeSubgraph ingest;

    /** The running fake entity subgraph. */
    public static FakeSubgraph entity() {
        return entity;
    }

    /** The running fake ingest subgraph. */
    public static FakeSubgraph ingest() {
        return ingest;
    }

    /** Clears both fakes' logs. */
    public static void resetAll() {
        entity.reset();
        ingest.reset();
        exportQueries.clear();
    }

    /** The query strings of the export requests the fake entity subgraph received. */
    public static List<String> exportQueries() {
        return exportQueries;
    }

    @Override
    public Map<String, String> start() {
        entity = new FakeSubgraph("entity", "fakes/entity.graphqls", entityWiring())
                .onGet(FakeSubgraphs::entityExport).start(0);
        ingest = new FakeSubgraph("ingest", "fakes/ingest.graphqls", ingestWiring()).start(0);
        return Map.of(
                "parley.subgraphs.entity.url", entity.url(),
                "parley.subgraphs.ingest.url", ingest.url(),
                "parley.subgraphs.request-timeout", "2s",
                // small enough that a few of the "huge" articles go over it within the 2 s above
                "parley.limits.max-response-bytes", String.valueOf(MAX_RESPONSE_BYTES));
    }

    @Override
    public void stop() {
        FakeSubgraph.shutdown(entity, ingest);
    }

    // ---- data ----

    static String articleId(int n) {
        return "a" + n;
    }

    static Map<String, Object> actor(int n) {
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("id", String.valueOf(n));
        actor.put("name", "Actor " + n);
        actor.put("kind", n == 3 ? "COUNTRY" : "PERSON");
        actor.put("aliases", List.of("Actor " + n, "A" + n));
        actor.put("title", n == 3 ? null : "Foreign Minister");
        actor.put("affiliation", n == 3 ? null : Map.of("id", "3", "name", "Actor 3", "kind", "COUNTRY",
                "aliases", List.of("Actor 3")));
        return actor;
    }

    static Map<String, Object> engagement(int n) {
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("start", "2022-02-01");
        date.put("end", "2022-02-01");
        date.put("precision", "DAY");
        date.put("text", "on Tuesday");
        Map<String, Object> guest = new LinkedHashMap<>();
        guest.put("actor", actor(2));
        guest.put("role", null);
        Map<String, Object> engagement = new LinkedHashMap<>();
        engagement.put("id", "e" + n);
        engagement.put("type", "CALL");
        engagement.put("status", "OCCURRED");
        engagement.put("date", date);
        engagement.put("location", "Geneva");
        engagement.put("participants", List.of(Map.of("actor", actor(1), "role", "INITIATOR"), guest));
        String articleId = articleId(n % DISTINCT_ARTICLES);
        engagement.put("evidence", List.of(Map.of("article", Map.of("id", articleId, "title", "Title of " + articleId),
                "sentence", "Actor 1 called Actor 2 on Tuesday.", "start", 10, "end", 44)));
        engagement.put("articleCount", 1);
        engagement.put("coding", Map.of("cameo", "041", "ploverEvent", "CONSULT", "ploverMode", "phone"));
        return engagement;
    }

    /** Quote {@code q<n>}: said by actor 1 (none for every fifth), in article {@code a<n % 7>}. */
    static Map<String, Object> quote(int n) {
        Map<String, Object> quote = new LinkedHashMap<>();
        String articleId = articleId(n % DISTINCT_ARTICLES);
        quote.put("id", "q" + n);
        quote.put("text", "Words number " + n);
        quote.put("speaker", n % 5 == 0 ? null : actor(1));
        quote.put("article", Map.of("id", articleId, "title", "Title of " + articleId));
        quote.put("start", 10);
        quote.put("end", 22);
        quote.put("saidOn", "2022-02-01");
        return quote;
    }

    static Map<String, Object> quotePage(Object first) {
        int size = first == null ? 50 : (Integer) first;
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            nodes.add(quote(i));
        }
        return connection(nodes, 500);
    }

    /** {@code parley.limits.max-response-bytes} in the gateway's tests: 1 MiB. */
    public static final int MAX_RESPONSE_BYTES = 1_048_576;

    /** An article whose id starts with "huge" has a text this long, as big as ingest-service accepts. */
    public static final int HUGE_TEXT_CHARS = 200_000;

    static Map<String, Object> article(String id) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", id);
        article.put("title", "Title of " + id);
        article.put("source", "Example News");
        article.put("url", "https://news.example/" + id);
        article.put("publishedOn", "2022-02-02");
        // the evidence sentence of every engagement sits at offsets 10..44, as entity-service records it
        article.put("text", "Reported: Actor 1 called Actor 2 on Tuesday. Article " + id + " goes on."
                + (id.startsWith("huge") ? " More.".repeat(HUGE_TEXT_CHARS / 6) : ""));
        article.put("status", "PROCESSED");
        article.put("receivedAt", "2026-01-01T10:00:00Z");
        article.put("attempts", 1);
        article.put("failureReason", null);
        return article;
    }

    static Map<String, Object> connection(List<Map<String, Object>> nodes, int totalCount) {
        List<Map<String, Object>> edges = new ArrayList<>();
        for (Map<String, Object> node : nodes) {
            edges.add(Map.of("cursor", "c" + node.get("id"), "node", node));
        }
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", nodes.size() < totalCount);
        pageInfo.put("endCursor", nodes.isEmpty() ? null : "c" + nodes.get(nodes.size() - 1).get("id"));
        return Map.of("totalCount", totalCount, "nodes", nodes, "edges", edges, "pageInfo", pageInfo);
    }

    static Map<String, Object> engagementPage(Object first) {
        int size = first == null ? 50 : (Integer) first;
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            nodes.add(engagement(i));
        }
        return connection(nodes, 1000);
    }

    /** entity-service's export: engagement {@code e<n>} as a JSON line; {@code status=BOGUS} is its 400. */
    private static void entityExport(io.vertx.core.http.HttpServerRequest request) {
        exportQueries.add(request.query() == null ? "" : request.query());
        if (!"/exports/engagements".equals(request.path())) {
            request.response().setStatusCode(404).end();
            return;
        }
        if ("BOGUS".equals(request.getParam("status"))) {
            request.response().setStatusCode(400).putHeader("Content-Type", "application/json")
                    .end("{\"error\":\"BAD_USER_INPUT\",\"message\":\"status: 'BOGUS' is not a status\"}");
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (int n = 0; n < EXPORT_ROWS; n++) {
            String articleId = articleId(n % DISTINCT_ARTICLES);
            lines.append("""
                    {"id":"e%d","date":"2022-02-01","enddate":"2022-02-01","date_precision":"DAY","date_text":null,\
                    "type":"CALL","status":"OCCURRED","event":["CONSULT"],"mode":["phone"],"quad_code":1,\
                    "cameo_code":"041","actor":[{"code":"AAA","sector":"GOV","identifier_id":"1",\
                    "identifier_text":"Actor 1","kind":"PERSON","office":"Foreign Minister","country":"Actor 3",\
                    "role":"INITIATOR"},{"code":null,"sector":null,"identifier_id":"2","identifier_text":"Actor 2, Jr.",\
                    "kind":"PERSON","office":null,"country":null,"role":null}],\
                    "recipient":[],"event_loc":{"extracted_place":"Geneva","country":"Switzerland"},\
                    "evidence_count":1,"article_count":1,"cite_info":[{"citation":"%s","title":"Title of %s",\
                    "url":null}]}
                    """.formatted(n, articleId, articleId));
        }
        request.response().putHeader("Content-Type", "application/jsonl").end(lines.toString());
    }

    // ---- wiring ----

    private static RuntimeWiring entityWiring() {
        return subgraphWiring()
                .type("Query", type -> type
                        .dataFetcher("engagements", env -> engagementPage(env.getArgument("first")))
                        .dataFetcher("engagement", env -> "404".equals(env.getArgument("id"))
                                ? DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(env)
                                        .message("Engagement 404 not found")
                                        .extensions(Map.of("code", "NOT_FOUND")).build()).build()
                                : engagement(Integer.parseInt(((String) env.getArgument("id")).substring(1))))
                        .dataFetcher("actor", env -> actor(Integer.parseInt(env.getArgument("id"))))
                        .dataFetcher("quotes", env -> quotePage(env.getArgument("first")))
                        .dataFetcher("actors", env -> {
                            int first = env.getArgument("first");
                            List<Map<String, Object>> nodes = new ArrayList<>();
                            for (int i = 1; i <= first; i++) {
                                nodes.add(actor(i));
                            }
                            return connection(nodes, 3);
                        })
                        .dataFetcher("_entities", entities(id -> Map.of("id", id,
                                "engagements", List.of(engagement(1), engagement(2)),
                                "actors", List.of(actor(1), actor(2)),
                                "quotes", List.of(quote(1), quote(5))))))
                .type("Actor", type -> type
                        .dataFetcher("engagements", env -> engagementPage(env.getArgument("first")))
                        .dataFetcher("quotes", env -> quotePage(env.getArgument("first")))
                        .dataFetcher("counterparts", env -> List.of(Map.of("actor", actor(2),
                                "engagementCount", 4, "lastDate", "2022-02-01"))))
                .type("Subscription", type -> type.dataFetcher("engagementRecorded",
                        env -> AdaptersToReactiveStreams.publisher(
                                Multi.createFrom().items(engagement(3), engagement(4)))))
                .build();
    }

    private static RuntimeWiring ingestWiring() {
        return subgraphWiring()
                .type("Query", type -> type
                        .dataFetcher("articles", env -> {
                            int first = env.getArgument("first");
                            List<Map<String, Object>> nodes = new ArrayList<>();
                            for (int i = 0; i < first; i++) {
                                nodes.add(article(articleId(i)));
                            }
                            return connection(nodes, 42);
                        })
                        .dataFetcher("article", env -> article(env.getArgument("id")))
                        .dataFetcher("_entities", entities(FakeSubgraphs::article)))
                .type("Mutation", type -> type.dataFetcher("ingestArticle", env -> {
                    Map<String, Object> input = env.getArgument("input");
                    String text = (String) input.get("text");
                    if (text.isBlank()) {
                        return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(env)
                                .message("text must not be blank")
                                .extensions(Map.of("code", "BAD_USER_INPUT", "field", "text")).build()).build();
                    }
                    Map<String, Object> article = article("new");
                    article.put("title", input.get("title"));
                    article.put("text", text);
                    article.put("publishedOn", input.get("publishedOn"));
                    article.put("status", "RECEIVED");
                    return article;
                }).dataFetcher("retryArticle", env -> {
                    String id = env.getArgument("id");
                    if (!id.startsWith("failed")) {
                        return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(env)
                                .message("No article " + id).extensions(Map.of("code", "NOT_FOUND")).build()).build();
                    }
                    Map<String, Object> article = article(id);
                    article.put("status", "RECEIVED");
                    article.put("attempts", 3);
                    article.put("failureReason", "entity-service rejected the delivery (HTTP 422)");
                    return article;
                }))
                .build();
    }

    /** The wiring every fake subgraph starts from: its scalars passed through, {@code _Entity} as Article. */
    static RuntimeWiring.Builder subgraphWiring() {
        return RuntimeWiring.newRuntimeWiring()
                .scalar(passThrough("Date")).scalar(passThrough("DateTime")).scalar(passThrough("_Any"))
                .type("_Entity", type -> type.typeResolver(env -> env.getSchema().getObjectType("Article")));
    }

    @SuppressWarnings("unchecked")
    static DataFetcher<Object> entities(java.util.function.Function<String, Map<String, Object>> byId) {
        return env -> {
            List<Map<String, Object>> representations = env.getArgument("representations");
            List<Object> out = new ArrayList<>();
            for (Map<String, Object> representation : representations) {
                if (!"Article".equals(representation.get("__typename"))) {
                    throw new IllegalArgumentException("unexpected representation " + representation);
                }
                out.add(byId.apply(String.valueOf(representation.get("id"))));
            }
            return out;
        };
    }

    static GraphQLScalarType passThrough(String name) {
        return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<Object, Object>() {
            @Override
            public Object serialize(Object value) {
                return value;
            }

            @Override
            public Object parseValue(Object input) {
                return input;
            }

            @Override
            public Object parseLiteral(Object input) {
                return input instanceof StringValue string ? string.getValue() : input;
            }
        }).build();
    }
}
