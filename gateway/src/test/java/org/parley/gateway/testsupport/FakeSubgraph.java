package org.parley.gateway.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * A real GraphQL server standing in for a subgraph in tests: it executes what it receives against a small
 * in-memory schema (graphql-java), over HTTP POST and graphql-transport-ws, and records every operation.
 */
public final class FakeSubgraph {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One operation the fake received, with the {@code Authorization} header it came with (or null). */
    public record Received(String query, Map<String, Object> variables, String authorization) {
        /** An operation received without an {@code Authorization} header. */
        public Received(String query, Map<String, Object> variables) {
            this(query, variables, null);
        }

        /** Whether this was an {@code _entities} request. */
        public boolean isEntities() {
            return query.contains("_entities");
        }
    }

    private final String name;
    private final GraphQL graphQL;
    private static final int RESTART_ATTEMPTS = 20;

    private final Vertx vertx = Vertx.vertx();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Duration delay = Duration.ZERO;
    private volatile Handler<HttpServerRequest> getHandler;
    private HttpServer server;
    private int port;

    FakeSubgraph(String name, String sdlResource, RuntimeWiring wiring) {
        this.name = name;
        this.graphQL = GraphQL.newGraphQL(new SchemaGenerator()
                .makeExecutableSchema(new SchemaParser().parse(resource(sdlResource)), wiring)).build();
    }

    /** Answers plain GET requests (the service's REST endpoints beside {@code /graphql}) with {@code handler}. */
    public FakeSubgraph onGet(Handler<HttpServerRequest> handler) {
        this.getHandler = handler;
        return this;
    }

    /** Starts listening on {@code port} (0 = any free port). */
    public synchronized FakeSubgraph start(int port) {
        // a port given back by stop() can be held for a moment by a client socket of this JVM that the OS gave the
        // same number (seen in CI as "Address already in use"): try again for a few seconds before failing
        for (int attempt = 1; ; attempt++) {
            server = newServer();
            try {
                server.listen(port).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
                break;
            } catch (Exception e) {
                server.close();
                if (port == 0 || attempt >= RESTART_ATTEMPTS) {
                    throw new IllegalStateException("Cannot start fake " + name, e);
                }
                sleepBeforeRetry();
            }
        }
        this.port = server.actualPort();
        return this;
    }

    private HttpServer newServer() {
        return vertx.createHttpServer(new HttpServerOptions()
                .setWebSocketSubProtocols(List.of("graphql-transport-ws")))
                .webSocketHandler(this::webSocket)
                .requestHandler(request -> {
                    Handler<HttpServerRequest> rest = getHandler;
                    if (request.method() == HttpMethod.GET && rest != null) {
                        rest.handle(request);
                        return;
                    }
                    request.body().onSuccess(body -> {
                        try {
                            Map<String, Object> json = JSON.readValue(body.getBytes(), new TypeReference<>() {
                            });
                            Received operation = received(json, request.getHeader("Authorization"));
                            received.add(operation);
                            ExecutionResult result = execute(operation, (String) json.get("operationName"));
                            byte[] answer = JSON.writeValueAsBytes(result.toSpecification());
                            long wait = delay.toMillis();
                            Runnable send = () -> request.response().putHeader("Content-Type", "application/json")
                                    .end(io.vertx.core.buffer.Buffer.buffer(answer));
                            if (wait > 0) {
                                vertx.setTimer(wait, t -> send.run());
                            } else {
                                send.run();
                            }
                        } catch (Exception e) {
                            request.response().setStatusCode(500).end(e.toString());
                        }
                    });
                });
    }

    private static void sleepBeforeRetry() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops listening (the port is refused until {@link #start} is called again with it). */
    public synchronized void stop() {
        if (server != null) {
            try {
                server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            server = null;
        }
    }

    /** Stops the server and its Vert.x instance. */
    public void shutdown() {
        stop();
        vertx.close();
    }

    /** Shuts down each of {@code fakes} that was started (null when its start failed). */
    public static void shutdown(FakeSubgraph... fakes) {
        for (FakeSubgraph fake : fakes) {
            if (fake != null) {
                fake.shutdown();
            }
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://localhost:" + port + "/graphql";
    }

    /** Every operation received since the last {@link #reset()}. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Operations received that were {@code _entities} requests. */
    public List<Received> entityRequests() {
        return received.stream().filter(Received::isEntities).toList();
    }

    /** Forgets received operations and answers without delay again. */
    public void reset() {
        received.clear();
        delay = Duration.ZERO;
    }

    /** Answers HTTP requests only after {@code delay}. */
    public void delayAnswers(Duration delay) {
        this.delay = delay;
    }

    @SuppressWarnings("unchecked")
    private static Received received(Map<String, Object> json, String authorization) {
        Object variables = json.get("variables");
        return new Received(String.valueOf(json.get("query")),
                variables instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of(), authorization);
    }

    private ExecutionResult execute(Received operation, String operationName) {
        return graphQL.execute(ExecutionInput.newExecutionInput().query(operation.query())
                .operationName(operationName).variables(operation.variables()).build());
    }

    @SuppressWarnings("unchecked")
    private void webSocket(ServerWebSocket socket) {
        socket.textMessageHandler(text -> {
            try {
                Map<String, Object> message = JSON.readValue(text, new TypeReference<>() {
                });
                String type = String.valueOf(message.get("type"));
                if ("connection_init".equals(type)) {
                    socket.writeTextMessage("{\"type\":\"connection_ack\"}");
                } else if ("ping".equals(type)) {
                    socket.writeTextMessage("{\"type\":\"pong\"}");
                } else if ("subscribe".equals(type)) {
                    String id = String.valueOf(message.get("id"));
                    Received operation = received((Map<String, Object>) message.get("payload"), null);
                    received.add(operation);
                    ExecutionResult result = execute(operation, null);
                    if (!(result.getData() instanceof Publisher<?> events)) {
                        send(socket, Map.of("id", id, "type", "error", "payload", result.getErrors().stream()
                                .map(graphql.GraphQLError::toSpecification).toList()));
                        return;
                    }
                    ((Publisher<ExecutionResult>) events).subscribe(new Subscriber<>() {
                        @Override
                        public void onSubscribe(Subscription subscription) {
                            subscription.request(Long.MAX_VALUE);
                        }

                        @Override
                        public void onNext(ExecutionResult event) {
                            send(socket, Map.of("id", id, "type", "next", "payload", event.toSpecification()));
                        }

                        @Override
                        public void onError(Throwable failure) {
                            send(socket, Map.of("id", id, "type", "error", "payload",
                                    List.of(Map.of("message", String.valueOf(failure.getMessage())))));
                        }

                        @Override
                        public void onComplete() {
                            send(socket, Map.of("id", id, "type", "complete"));
                        }
                    });
                }
            } catch (IOException e) {
                socket.close();
            }
        });
    }

    private static void send(ServerWebSocket socket, Map<String, Object> message) {
        try {
            socket.writeTextMessage(JSON.writeValueAsString(message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = FakeSubgraph.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
