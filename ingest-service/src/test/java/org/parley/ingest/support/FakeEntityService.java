package org.parley.ingest.support;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for entity-service's delivery endpoint, so ingest tests can see what was delivered and make delivery
 * fail on purpose. Like the real one it answers 401 to a delivery without the write token. The real endpoint is
 * exercised by entity-service's tests and the system tests.
 */
public class FakeEntityService implements QuarkusTestResourceLifecycleManager {

    /** A delivery as received: the request path and JSON body. */
    public record Received(String path, String body) {
    }

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final AtomicInteger FAILURES_TO_SERVE = new AtomicInteger();
    private static final List<ScriptedAnswer> SCRIPT = new CopyOnWriteArrayList<>();

    /** Answers {@code status} with {@code body} to the next {@code times} deliveries whose body contains {@code needle}. */
    private record ScriptedAnswer(String needle, int status, String body, AtomicInteger times) {
    }
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/extractions/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!("Bearer " + TestToken.VALUE).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
                return;
            }
            String text = new String(body, StandardCharsets.UTF_8);
            ScriptedAnswer scripted = SCRIPT.stream()
                    .filter(answer -> text.contains(answer.needle()) && answer.times().getAndDecrement() > 0)
                    .findFirst().orElse(null);
            if (scripted != null) {
                byte[] answer = scripted.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(scripted.status(), answer.length == 0 ? -1 : answer.length);
                exchange.getResponseBody().write(answer);
            } else if (FAILURES_TO_SERVE.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                exchange.sendResponseHeaders(503, -1);
            } else {
                RECEIVED.add(new Received(exchange.getRequestURI().getPath(), new String(body, StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        server.start();
        return Map.of("quarkus.rest-client.entity-service.url", "http://localhost:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The next {@code count} deliveries answer 503. */
    public static void failNext(int count) {
        FAILURES_TO_SERVE.set(count);
    }

    /**
     * The next {@code times} deliveries whose JSON body contains {@code needle} (e.g. a test's unique title) answer
     * {@code status} with {@code body}; other deliveries are unaffected, so tests running alongside do not interfere.
     */
    public static void answer(String needle, int status, String body, int times) {
        SCRIPT.add(new ScriptedAnswer(needle, status, body, new AtomicInteger(times)));
    }

    public static List<Received> received(String articleId) {
        return RECEIVED.stream().filter(r -> r.path().endsWith("/" + articleId)).toList();
    }
}
