package org.parley.ingest.article.graphql;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.parley.ingest.support.Articles;

import java.util.List;
import java.util.Map;

import static org.parley.ingest.support.ArticleQueries.graphql;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ArticleGraphQLTest {

    private static final String INGEST = """
            mutation Ingest($input: ArticleInput!) {
              ingestArticle(input: $input) { id status title publishedOn receivedAt }
            }""";

    @Test
    void ingestMutationAnswersOnceStoredWithStatusReceived() {
        graphql(INGEST, Map.of("input", Map.of("text", Articles.story(), "title", "Swiss and Norwegian ministers meet")))
                .body("errors", nullValue())
                .body("data.ingestArticle.id", notNullValue())
                .body("data.ingestArticle.status", equalTo("RECEIVED"))
                .body("data.ingestArticle.title", equalTo("Swiss and Norwegian ministers meet"))
                .body("data.ingestArticle.publishedOn", equalTo("2023-03-04"));
    }

    @Test
    void emptyTextIsABadUserInputErrorAndNothingIsStored() {
        int before = totalCount();

        graphql(INGEST, Map.of("input", Map.of("text", "")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("EMPTY"));

        graphql("{ articles(first: 1) { totalCount } }", Map.of()).body("data.articles.totalCount", equalTo(before));
    }

    @Test
    void articlesArePagedNewestFirstWithCursors() {
        String older = ingestedId();
        String newer = ingestedId();

        ValidatableResponse firstPage = graphql("""
                { articles(first: 1) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }""",
                Map.of())
                .body("data.articles.edges", hasSize(1))
                .body("data.articles.edges[0].node.id", equalTo(newer))
                .body("data.articles.pageInfo.hasNextPage", equalTo(true));
        String cursor = firstPage.extract().path("data.articles.pageInfo.endCursor");

        graphql("""
                query Next($after: String) { articles(first: 1, after: $after) { nodes { id text } } }""", Map.of("after", cursor))
                .body("data.articles.nodes[0].id", equalTo(older))
                .body("data.articles.nodes[0].text", containsString("Ignazio Cassis met"));
    }

    @Test
    void pageSizeAndCursorAreValidated() {
        graphql("{ articles(first: 1000) { totalCount } }", Map.of())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphql("{ articles(first: 5, after: \"bogus\") { totalCount } }", Map.of())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void articleEntitiesResolveInOneBatch() {
        String first = ingestedId();
        String second = ingestedId();

        graphql("""
                query Entities($representations: [_Any!]!) {
                  _entities(representations: $representations) { ... on Article { id status text } }
                }""", Map.of("representations", List.of(
                Map.of("__typename", "Article", "id", second),
                Map.of("__typename", "Article", "id", "00000000-0000-0000-0000-000000000000"),
                Map.of("__typename", "Article", "id", first))))
                .body("data._entities[0].id", equalTo(second))
                .body("data._entities[0].status", notNullValue())
                .body("data._entities[0].text", containsString("Ignazio Cassis met"))
                .body("data._entities[1]", nullValue())
                .body("data._entities[2].id", equalTo(first));
    }

    @Test
    void subgraphSdlLinksFederationV2() {
        String sdl = graphql("{ _service { sdl } }", Map.of())
                .body("data._service.sdl", containsString("specs.apollo.dev/federation/v2"))
                .body("data._service.sdl", containsString("type Article @key(fields : \"id\")"))
                .body("data._service.sdl", containsString("text: String!"))
                // entity-service provides the title on the articles of evidence
                .body("data._service.sdl", containsString("title: String @shareable"))
                .extract().path("data._service.sdl");
        System.out.println(sdl);
    }

    @Test
    void unknownArticleIsNullAndAMalformedIdIsAnError() {
        graphql("{ article(id: \"00000000-0000-0000-0000-000000000000\") { id } }", Map.of())
                .body("data.article", nullValue());
        graphql("{ article(id: \"42\") { id } }", Map.of())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    private static String ingestedId() {
        return graphql(INGEST, Map.of("input", Map.of("text", Articles.story())))
                .extract().path("data.ingestArticle.id");
    }

    private static int totalCount() {
        return graphql("{ articles(first: 1) { totalCount } }", Map.of()).extract().path("data.articles.totalCount");
    }
}
