package org.parley.gateway.planning;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.gateway.testsupport.FakeSubgraphs;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.gateway.testsupport.GraphQLRequests.graphql;

/** Quotes through the gateway: entity-service answers them, ingest-service completes their articles in one batch. */
@QuarkusTest
@QuarkusTestResource(FakeSubgraphs.class)
class QuotePlanningTest {

    @BeforeEach
    void reset() {
        FakeSubgraphs.resetAll();
    }

    @Test
    void aPageOfQuotesWithEntityFieldsOnlyIsForwardedWhole() {
        graphql("""
                query($filter: QuoteFilter) {
                  quotes(filter: $filter, first: 10) {
                    totalCount
                    nodes { text start end saidOn speaker { name } article { id title } }
                    pageInfo { hasNextPage endCursor }
                  }
                }""", Map.of("filter", Map.of("speakerIds", java.util.List.of("1"), "text", "Words")))
                .body("errors", nullValue())
                .body("data.quotes.totalCount", equalTo(500))
                .body("data.quotes.nodes", hasSize(10))
                .body("data.quotes.nodes[1].speaker.name", equalTo("Actor 1"))
                .body("data.quotes.nodes[0].speaker", nullValue())
                .body("data.quotes.nodes[3].article.title", equalTo("Title of a3"));
        assertEquals(1, FakeSubgraphs.entity().received().size());
        var forwarded = FakeSubgraphs.entity().received().get(0);
        assertTrue(forwarded.query().contains("quotes(filter: $filter, first: 10)"), "forwarded as written: "
                + forwarded.query());
        assertEquals(Map.of("speakerIds", java.util.List.of("1"), "text", "Words"), forwarded.variables().get("filter"));
        assertEquals(0, FakeSubgraphs.ingest().received().size(), "the title is provided by entity-service");
    }

    @Test
    void quoteArticlesAreCompletedByIngestInOneBatch() {
        graphql("{ quotes(first: 20) { nodes { text article { title url publishedOn } } } }", Map.of())
                .body("errors", nullValue())
                .body("data.quotes.nodes", hasSize(20))
                .body("data.quotes.nodes[2].article.url", equalTo("https://news.example/a2"))
                .body("data.quotes.nodes.article.publishedOn", everyItem(equalTo("2022-02-02")));
        assertEquals(1, FakeSubgraphs.entity().received().size());
        assertEquals(1, FakeSubgraphs.ingest().entityRequests().size(), "one _entities batch for all articles");
    }

    @Test
    void anArticleAndAnActorCarryTheirQuotes() {
        graphql("{ article(id: \"a1\") { title quotes { text speaker { name } } } }", Map.of())
                .body("errors", nullValue())
                .body("data.article.title", equalTo("Title of a1"))
                .body("data.article.quotes.text", contains("Words number 1", "Words number 5"))
                .body("data.article.quotes[1].speaker", nullValue());
        assertEquals(1, FakeSubgraphs.entity().entityRequests().size(), "Article.quotes in one _entities batch");
        FakeSubgraphs.resetAll();
        graphql("{ actor(id: \"1\") { name quotes(first: 2) { totalCount nodes { text } } } }", Map.of())
                .body("errors", nullValue())
                .body("data.actor.quotes.totalCount", equalTo(500))
                .body("data.actor.quotes.nodes.text", contains("Words number 0", "Words number 1"));
        assertEquals(0, FakeSubgraphs.ingest().received().size());
    }
}
