package org.parley.entity.engagement.graphql;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.support.Db;
import org.parley.entity.support.Payloads;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.entity.support.Deliveries.deliver;
import static org.parley.entity.support.GraphQL.query;

/** The subgraph's queries: filters, newest-first order, pagination, errors, counterparts and _entities. */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class EngagementGraphQLTest {

    private static final String PAGE = """
            query($filter: EngagementFilter, $first: Int, $after: String) {
              engagements(filter: $filter, first: $first, after: $after) {
                totalCount
                nodes { id type status location date { start end precision } }
                edges { cursor node { id } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    private static Payloads article;
    private static List<String> engagementIds;

    @Inject
    Db db;

    private String maren;
    private String ivo;

    @BeforeEach
    void deliverOnce() {
        synchronized (EngagementGraphQLTest.class) {
            if (article == null) {
                article = Payloads.article("2021-03-20").titled("  Quelland and Pravania talk  ")
                        .country("q", "Quelland").country("p", "Pravania").country("o", "Osterlich")
                        .person("maren", "Maren Quellmark", "Foreign Minister", "q", "Quellmark")
                        .person("ivo", "Ivo Pravdic", "Prime Minister", "p", "Pravdic")
                        .engagement("MEETING", "OCCURRED", "2021-03-01", null, "DAY", "Vienna",
                                "Quellmark met Pravdic in Vienna.", "maren", "ivo")
                        .engagement("CALL", "OCCURRED", "2021-03-05", null, "DAY", null,
                                "Quellmark phoned Pravdic.", "maren", "ivo")
                        .engagement("MEETING", "PLANNED", "2021-03-10", "2021-03-16", "WEEK", "Geneva",
                                "They will meet with Osterlich in Geneva next week.", "maren", "ivo", "o")
                        .engagement("VISIT", "OCCURRED", "2021-02-01", null, "DAY", "Osterburg",
                                "Pravdic visited Osterlich.", "ivo", "o");
                List<Number> ids = deliver(article).statusCode(200).extract().path("engagementIds");
                engagementIds = ids.stream().map(Number::toString).toList();
            }
        }
        maren = idOf("Maren Quellmark");
        ivo = idOf("Ivo Pravdic");
    }

    private String idOf(String name) {
        return db.column("SELECT CAST(id AS varchar) FROM actor WHERE name = ?1", name).get(0).toString();
    }

    private String e(int index) {
        return engagementIds.get(index);
    }

    @Test
    void filtersByAllOfSeveralActorsNewestFirst() {
        query(PAGE, Map.of("filter", Map.of("actorIds", List.of(maren, ivo))))
                .body("data.engagements.totalCount", equalTo(3))
                .body("data.engagements.nodes.id", contains(e(2), e(1), e(0)))
                .body("data.engagements.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void filtersByTypeStatusDateOverlapAndLocation() {
        query(PAGE, Map.of("filter", Map.of("actorIds", List.of(ivo), "types", List.of("MEETING"))))
                .body("data.engagements.nodes.id", contains(e(2), e(0)));
        query(PAGE, Map.of("filter", Map.of("actorIds", List.of(ivo), "statuses", List.of("PLANNED"))))
                .body("data.engagements.nodes.id", contains(e(2)))
                .body("data.engagements.nodes[0].date.precision", equalTo("WEEK"));
        query(PAGE, Map.of("filter", Map.of("actorIds", List.of(ivo), "from", "2021-03-04", "to", "2021-03-06")))
                .body("data.engagements.nodes.id", contains(e(1)));
        query(PAGE, Map.of("filter", Map.of("actorIds", List.of(ivo), "from", "2021-03-12")))
                .body("data.engagements.nodes.id", contains(e(2)));
        query(PAGE, Map.of("filter", Map.of("actorIds", List.of(ivo), "location", "gene")))
                .body("data.engagements.nodes.id", contains(e(2)));
    }

    @Test
    void pagesWithOpaqueCursors() {
        String cursor = query(PAGE, Map.of("filter", Map.of("actorIds", List.of(ivo)), "first", 2))
                .body("data.engagements.totalCount", equalTo(4))
                .body("data.engagements.nodes.id", contains(e(2), e(1)))
                .body("data.engagements.edges.node.id", contains(e(2), e(1)))
                .body("data.engagements.pageInfo.hasNextPage", equalTo(true))
                .extract().path("data.engagements.pageInfo.endCursor");
        query(PAGE, Map.of("filter", Map.of("actorIds", List.of(ivo)), "first", 2, "after", cursor))
                .body("data.engagements.totalCount", equalTo(4))
                .body("data.engagements.nodes.id", contains(e(0), e(3)))
                .body("data.engagements.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void actorFieldsResolveEngagementsCounterpartsAndAffiliation() {
        query("""
                query($id: ID!) { actor(id: $id) {
                  name kind title aliases affiliation { name kind }
                  engagements(first: 1, filter: {types: [MEETING]}) { totalCount nodes { id } pageInfo { hasNextPage } }
                  counterparts { actor { name } engagementCount lastDate }
                } }""", Map.of("id", ivo))
                .body("data.actor.name", equalTo("Ivo Pravdic"))
                .body("data.actor.kind", equalTo("PERSON"))
                .body("data.actor.title", equalTo("Prime Minister"))
                .body("data.actor.aliases", contains("Ivo Pravdic", "Pravdic"))
                .body("data.actor.affiliation.name", equalTo("Pravania"))
                .body("data.actor.engagements.totalCount", equalTo(2))
                .body("data.actor.engagements.nodes.id", contains(e(2)))
                .body("data.actor.engagements.pageInfo.hasNextPage", equalTo(true))
                .body("data.actor.counterparts.actor.name", contains("Maren Quellmark", "Osterlich"))
                .body("data.actor.counterparts.engagementCount", contains(3, 2))
                .body("data.actor.counterparts[0].lastDate", equalTo("2021-03-16"));
    }

    @Test
    void participantsAndEvidenceReferenceTheArticleByIdWithItsDeliveredTitle() {
        query("""
                query($id: ID!) { engagement(id: $id) {
                  participants { actor { name } role }
                  evidence { article { id title } sentence start end }
                  articleCount
                } }""", Map.of("id", e(3)))
                .body("data.engagement.participants.actor.name", contains("Ivo Pravdic", "Osterlich"))
                .body("data.engagement.evidence[0].article.id", equalTo(article.articleId()))
                .body("data.engagement.evidence[0].article.title", equalTo("Quelland and Pravania talk"))
                .body("data.engagement.evidence[0].sentence", equalTo("Pravdic visited Osterlich."))
                .body("data.engagement.evidence[0].start", equalTo(600))
                .body("data.engagement.articleCount", equalTo(1));
    }

    @Test
    void resolvesActorEngagementAndArticleEntities() {
        query("""
                query($reps: [_Any!]!) { _entities(representations: $reps) {
                  __typename
                  ... on Actor { id name }
                  ... on Engagement { id type }
                  ... on Article { id engagements { id } actors { name } }
                } }""", Map.of("reps", List.of(
                        Map.of("__typename", "Actor", "id", maren),
                        Map.of("__typename", "Engagement", "id", e(1)),
                        Map.of("__typename", "Article", "id", article.articleId()),
                        Map.of("__typename", "Article", "id", "00000000-0000-0000-0000-000000000000"),
                        Map.of("__typename", "Actor", "id", "987654321"))))
                .body("errors", nullValue())
                .body("data._entities[0].name", equalTo("Maren Quellmark"))
                .body("data._entities[1].type", equalTo("CALL"))
                .body("data._entities[2].id", equalTo(article.articleId()))
                .body("data._entities[2].engagements.id", contains(e(2), e(1), e(0), e(3)))
                .body("data._entities[2].actors.name",
                        contains("Ivo Pravdic", "Maren Quellmark", "Osterlich", "Pravania", "Quelland"))
                .body("data._entities[3].engagements", empty())
                .body("data._entities[4]", nullValue());
    }

    @Test
    void badInputAndMissingRecordsAnswerWithErrorCodes() {
        query(PAGE, Map.of("first", 101))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("first must be between 0 and 100"));
        query(PAGE, Map.of("after", "not-a-cursor"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        query(PAGE, Map.of("filter", Map.of("from", "2021-03-10", "to", "2021-03-01")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        query("{ engagement(id: \"99999999\") { id } }")
                .body("data.engagement", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        query("{ actor(id: \"abc\") { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        query("{ actors(first: 500) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        query("{ engagements(first: 100) { totalCount } }")
                .body("errors", nullValue())
                .body("data.engagements.totalCount", notNullValue());
        query("{ engagements { nodes { nonsense } } }")
                .body("errors[0].message", containsString("nonsense"))
                .body("data", nullValue());
        query(PAGE, Map.of("filter", Map.of("actorIds", List.of(ivo)), "first", 0))
                .body("data.engagements.totalCount", equalTo(4))
                .body("data.engagements.nodes", hasSize(0));
    }
}
