package org.parley.gateway.planning;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.gateway.testsupport.GraphQLRequests.graphql;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.gateway.testsupport.FakeSubgraph;
import org.parley.gateway.testsupport.FakeSubgraphs;

/** {@code Engagement.coding} is entity-service's: forwarded with the engagement, never asked of ingest-service. */
@QuarkusTest
@QuarkusTestResource(FakeSubgraphs.class)
class EventCodingTest {

    @BeforeEach
    void reset() {
        FakeSubgraphs.resetAll();
    }

    @Test
    void codingIsForwardedToEntityServiceWithTheEngagement() {
        graphql("{ engagement(id: \"e3\") { id coding { cameo ploverEvent ploverMode } } }")
                .body("errors", nullValue())
                .body("data.engagement.coding.cameo", equalTo("041"))
                .body("data.engagement.coding.ploverEvent", equalTo("CONSULT"))
                .body("data.engagement.coding.ploverMode", equalTo("phone"));
        assertEquals(1, FakeSubgraphs.entity().received().size());
        assertTrue(FakeSubgraphs.ingest().received().isEmpty());
    }

    @Test
    void codingStaysWithEntityServiceWhenArticlesComeFromIngest() {
        graphql("""
                { engagements(first: 10) { nodes { id coding { cameo ploverMode } evidence { article { url } } } } }""")
                .body("errors", nullValue())
                .body("data.engagements.nodes", hasSize(10))
                .body("data.engagements.nodes.coding.cameo", everyItem(equalTo("041")))
                .body("data.engagements.nodes[0].evidence[0].article.url", equalTo("https://news.example/a0"));
        List<FakeSubgraph.Received> entityCalls = FakeSubgraphs.entity().received();
        assertEquals(1, entityCalls.size(), "one request to the entity subgraph");
        assertTrue(entityCalls.get(0).query().contains("coding{cameo ploverMode}"),
                "coding asked of entity-service: " + entityCalls.get(0).query());
        assertEquals(1, FakeSubgraphs.ingest().entityRequests().size(), "ingest-service only completes articles");
        assertTrue(FakeSubgraphs.ingest().received().stream().noneMatch(r -> r.query().contains("coding")));
    }
}
