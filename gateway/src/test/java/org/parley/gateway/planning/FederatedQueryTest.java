package org.parley.gateway.planning;

import static org.parley.gateway.testsupport.GraphQLRequests.asWriter;
import static org.parley.gateway.testsupport.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;


import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.gateway.testsupport.FakeSubgraph;
import org.parley.gateway.testsupport.FakeSubgraphs;

/** Forwarding to the owning subgraph and batched completion of cross-service fields, against fake subgraphs. */
@QuarkusTest
@QuarkusTestResource(FakeSubgraphs.class)
class FederatedQueryTest {


    @BeforeEach
    void reset() {
        FakeSubgraphs.resetAll();
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 100})
    void aPageOfEngagementsCostsOneEntityRequestAndOneEntitiesBatch(int pageSize) {
        String query = """
                query Page($n: Int!, $filter: EngagementFilter) {
                  engagements(first: $n, filter: $filter) {
                    totalCount
                    nodes {
                      id type status
                      date { start precision }
                      participants { role actor { name kind } }
                      evidence { sentence article { id title publishedOn } }
                    }
                  }
                }
                """;
        graphql(query, Map.of("n", pageSize, "filter", Map.of("types", List.of("CALL"), "from", "2022-01-01")))
                .body("errors", nullValue())
                .body("data.engagements.totalCount", equalTo(1000))
                .body("data.engagements.nodes", hasSize(pageSize))
                .body("data.engagements.nodes[3].evidence[0].article.title", equalTo("Title of a3"))
                .body("data.engagements.nodes.evidence.flatten().article.publishedOn", everyItem(equalTo("2022-02-02")))
                .body("data.engagements.nodes[0].participants.actor.name", contains("Actor 1", "Actor 2"));

        List<FakeSubgraph.Received> entityCalls = FakeSubgraphs.entity().received();
        assertEquals(1, entityCalls.size(), "one request to the entity subgraph");
        FakeSubgraph.Received forwarded = entityCalls.get(0);
        assertFalse(forwarded.query().contains("publishedOn"), "ingest-owned fields are pruned: " + forwarded.query());
        assertTrue(forwarded.query().contains("article{id title"),
                "the title entity-service provides is asked of it: " + forwarded.query());
        assertTrue(forwarded.query().contains("engagements(filter:{types:[CALL],from:\"2022-01-01\"},first:"
                + pageSize + ")"), "page size and filter forwarded: " + forwarded.query());

        List<FakeSubgraph.Received> ingestCalls = FakeSubgraphs.ingest().received();
        assertEquals(1, ingestCalls.size(), "exactly one request to the ingest subgraph");
        assertEquals(1, FakeSubgraphs.ingest().entityRequests().size(), "and it is one _entities batch");
        List<?> representations = (List<?>) ingestCalls.get(0).variables().get("representations");
        assertEquals(Math.min(pageSize, FakeSubgraphs.DISTINCT_ARTICLES), representations.size(),
                "each distinct article is asked for once");
    }

    @Test
    void aQueryOneSubgraphAnswersIsForwardedAsWritten() {
        String query = """
                query Mixed($id: ID!) {
                  first: engagement(id: $id) { kind: type when: date { from: start text } }
                  someone: actor(id: "1") {
                    label: name
                    recent: engagements(first: 2) { totalCount nodes { id } }
                    older: engagements(first: 3, filter: {statuses: [PLANNED]}) { nodes { id } }
                    counterparts(first: 5) { engagementCount lastDate actor { name } }
                  }
                }
                """;
        graphql(query, Map.of("id", "e7"))
                .body("errors", nullValue())
                .body("data.first.kind", equalTo("CALL"))
                .body("data.first.when.from", equalTo("2022-02-01"))
                .body("data.someone.label", equalTo("Actor 1"))
                .body("data.someone.recent.nodes", hasSize(2))
                .body("data.someone.older.nodes", hasSize(3))
                .body("data.someone.counterparts[0].lastDate", equalTo("2022-02-01"));
        assertEquals(List.of(new FakeSubgraph.Received(query, Map.of("id", "e7"))), FakeSubgraphs.entity().received(),
                "one request with the client's document and variables");
        assertTrue(FakeSubgraphs.ingest().received().isEmpty(), "nothing asked of ingest");
    }

    @Test
    void fragmentsAndConditionalFieldsAreResolvedBeforeForwarding() {
        String query = """
                query Conditional($withArticle: Boolean!) {
                  engagements(first: 2) {
                    nodes { ...Basics evidence { sentence article @include(if: $withArticle) { title url } } }
                  }
                }
                fragment Basics on Engagement { id kind: type }
                """;
        graphql(query, Map.of("withArticle", false))
                .body("errors", nullValue())
                .body("data.engagements.nodes.kind", contains("CALL", "CALL"))
                .body("data.engagements.nodes[0].evidence[0].article", nullValue());
        assertTrue(FakeSubgraphs.ingest().received().isEmpty(), "no article asked for when it is excluded");
        assertFalse(FakeSubgraphs.entity().received().get(0).query().contains("article"));

        graphql(query, Map.of("withArticle", true))
                .body("errors", nullValue())
                .body("data.engagements.nodes[1].evidence[0].article.title", equalTo("Title of a1"))
                .body("data.engagements.nodes[1].evidence[0].article.url", equalTo("https://news.example/a1"));
        assertEquals(1, FakeSubgraphs.ingest().entityRequests().size());
    }

    @Test
    void anArticleIsCompletedWithItsEngagementsAndActorsAndTheirEvidenceArticles() {
        String query = """
                {
                  article(id: "a1") {
                    title status
                    engagements { id evidence { sentence article { id title url } } }
                    actors { name }
                  }
                }
                """;
        graphql(query, Map.of())
                .body("errors", nullValue())
                .body("data.article.title", equalTo("Title of a1"))
                .body("data.article.engagements.id", contains("e1", "e2"))
                .body("data.article.engagements[1].evidence[0].article.title", equalTo("Title of a2"))
                .body("data.article.engagements[1].evidence[0].article.url", equalTo("https://news.example/a2"))
                .body("data.article.actors.name", contains("Actor 1", "Actor 2"));
        assertEquals(1, FakeSubgraphs.entity().entityRequests().size(), "engagements and actors in one batch");
        assertEquals(1, FakeSubgraphs.entity().received().size());
        assertEquals(2, FakeSubgraphs.ingest().received().size(), "the article, then one batch of evidence articles");
    }

    @Test
    void articlesPageAndIngestMutationGoToIngest() {
        graphql("{ articles(first: 3) { totalCount edges { cursor node { id receivedAt } } pageInfo { hasNextPage } } }",
                Map.of())
                .body("errors", nullValue())
                .body("data.articles.totalCount", equalTo(42))
                .body("data.articles.edges", hasSize(3))
                .body("data.articles.pageInfo.hasNextPage", equalTo(true));
        String mutation = """
                mutation Ingest($input: ArticleInput!) {
                  ingestArticle(input: $input) { id status title publishedOn text }
                }
                """;
        asWriter(mutation, Map.of("input", Map.of("text", "Lavrov met \"Blinken\"\n\\ in Geneva – ünïcode.",
                "title", "Talks", "publishedOn", "2022-02-18")))
                .body("errors", nullValue())
                .body("data.ingestArticle.status", equalTo("RECEIVED"))
                .body("data.ingestArticle.publishedOn", equalTo("2022-02-18"))
                .body("data.ingestArticle.text", equalTo("Lavrov met \"Blinken\"\n\\ in Geneva – ünïcode."));
        assertTrue(FakeSubgraphs.ingest().received().get(1).query().startsWith("mutation"));
        assertTrue(FakeSubgraphs.entity().received().isEmpty());
    }

    @Test
    void retryArticleAndAttemptsGoToIngest() {
        asWriter("""
                mutation Retry($id: ID!) { retryArticle(id: $id) { id status attempts failureReason } }
                """, Map.of("id", "failed-1"))
                .body("errors", nullValue())
                .body("data.retryArticle.status", equalTo("RECEIVED"))
                .body("data.retryArticle.attempts", equalTo(3))
                .body("data.retryArticle.failureReason", equalTo("entity-service rejected the delivery (HTTP 422)"));
        assertTrue(FakeSubgraphs.ingest().received().get(0).query().contains("retryArticle"));
        asWriter("mutation { retryArticle(id: \"nope\") { id } }", Map.of())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        graphql("{ article(id: \"a1\") { attempts failureReason } }", Map.of())
                .body("errors", nullValue())
                .body("data.article.attempts", equalTo(1));
        assertTrue(FakeSubgraphs.entity().received().isEmpty());
    }

    @Test
    void subgraphErrorsReachTheClientWithTheirCode() {
        graphql("{ engagement(id: \"404\") { id } }", Map.of())
                .body("data.engagement", nullValue())
                .body("errors[0].message", equalTo("Engagement 404 not found"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].path", contains("engagement"));
        // bad input rejected by the subgraph: blank text
        asWriter("mutation { ingestArticle(input: {text: \"  \"}) { id } }", Map.of())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("text"));
    }
}
