package org.parley.entity.engagement.graphql;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.support.Payloads;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.entity.support.Deliveries.deliver;

/** {@code engagementRecorded} pushes an engagement over graphql-transport-ws once its delivery has committed. */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class EngagementSubscriptionTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void aDeliveredEngagementIsPushedToSubscribers() throws Exception {
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create(graphql.toString().replaceFirst("^http", "ws")), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            messages.add(partial.toString());
                            partial.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        try {
            socket.sendText("{\"type\":\"connection_init\"}", true).get();
            String ack = messages.poll(10, TimeUnit.SECONDS);
            assertNotNull(ack);
            assertTrue(ack.contains("connection_ack"), ack);
            socket.sendText("""
                    {"id":"1","type":"subscribe","payload":{"query":
                    "subscription { engagementRecorded { id type status participants { actor { name } } } }"}}""", true)
                    .get();
            Thread.sleep(500); // let the subscription register before the delivery commits

            deliver(Payloads.article("2022-08-01")
                    .country("a", "Lilliput").country("b", "Blefuscu")
                    .engagement("CONFERENCE", "PLANNED", "2022-08-15", null, "DAY", "Mildendo",
                            "Lilliput and Blefuscu will confer.", "a", "b"))
                    .statusCode(200);

            String next = messages.poll(10, TimeUnit.SECONDS);
            assertNotNull(next, "no engagementRecorded event within 10 s");
            assertTrue(next.contains("\"type\":\"next\""), next);
            assertTrue(next.contains("CONFERENCE") && next.contains("Lilliput") && next.contains("Blefuscu"), next);
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
