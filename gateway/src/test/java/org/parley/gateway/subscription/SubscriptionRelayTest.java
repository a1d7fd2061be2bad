package org.parley.gateway.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.client.Response;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClient;
import io.smallrye.graphql.client.vertx.dynamic.VertxDynamicGraphQLClientBuilder;
import io.smallrye.graphql.client.websocket.WebsocketSubprotocol;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.gateway.testsupport.FakeSubgraphs;

/** {@code engagementRecorded} is relayed from the entity subgraph and each event completed with article fields. */
@QuarkusTest
@QuarkusTestResource(FakeSubgraphs.class)
class SubscriptionRelayTest {

    @TestHTTPResource("/graphql")
    URL graphql;

    @BeforeEach
    void reset() {
        FakeSubgraphs.resetAll();
    }

    @ParameterizedTest
    @EnumSource(value = WebsocketSubprotocol.class, names = {"GRAPHQL_TRANSPORT_WS", "GRAPHQL_WS"})
    void eventsArriveCompletedOverBothProtocols(WebsocketSubprotocol protocol) throws Exception {
        try (DynamicGraphQLClient client = new VertxDynamicGraphQLClientBuilder()
                .url(graphql.toString())
                .subprotocols(protocol)
                .build()) {
            List<Response> events = client.subscription("""
                    subscription {
                      recorded: engagementRecorded { id type evidence { sentence article { title url } } }
                    }
                    """)
                    .collect().asList()
                    .await().atMost(Duration.ofSeconds(20));
            assertEquals(2, events.size(), "both events of the fake subgraph");
            assertFalse(events.get(0).hasError(), () -> events.get(0).getErrors().toString());
            assertEquals("e3", events.get(0).getData().getJsonObject("recorded").getString("id"));
            assertEquals("e4", events.get(1).getData().getJsonObject("recorded").getString("id"));
            var article = events.get(1).getData().getJsonObject("recorded").getJsonArray("evidence")
                    .getJsonObject(0).getJsonObject("article");
            assertEquals("Title of a4", article.getString("title"), "provided by the entity subgraph");
            assertEquals("https://news.example/a4", article.getString("url"), "completed from the ingest subgraph");
        }
        assertEquals(1, FakeSubgraphs.entity().received().size());
        assertTrue(FakeSubgraphs.entity().received().get(0).query().startsWith("subscription"));
        assertEquals(2, FakeSubgraphs.ingest().entityRequests().size(), "one _entities batch per event");
    }
}
