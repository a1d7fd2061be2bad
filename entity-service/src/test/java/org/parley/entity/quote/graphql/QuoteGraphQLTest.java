package org.parley.entity.quote.graphql;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.support.Db;
import org.parley.entity.support.Payloads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.entity.support.Deliveries.deliver;
import static org.parley.entity.support.GraphQL.query;

/** Quotes delivered with an extraction, stored in PostgreSQL and read through the subgraph. */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class QuoteGraphQLTest {

    private static final String PAGE = """
            query($filter: QuoteFilter, $first: Int, $after: String) {
              quotes(filter: $filter, first: $first, after: $after) {
                totalCount
                nodes { text start end saidOn speaker { name } article { id title } }
                edges { cursor node { id } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    private static Payloads article;

    @Inject
    Db db;

    private String talvi;
    private String oren;

    @BeforeEach
    void deliverOnce() {
        synchronized (QuoteGraphQLTest.class) {
            if (article == null) {
                article = Payloads.article("2022-06-10").titled("Talvi and Orenkov on the strait")
                        .country("n", "Nordmark").country("s", "Sudravia")
                        .person("talvi", "Aino Talvikorpi", "Prime Minister", "n", "Talvikorpi")
                        .person("oren", "Pavel Orenkov", "Foreign Minister", "s", "Orenkov")
                        .quote("The strait stays open to everyone", "talvi", 10, "2022-06-08")
                        .quote("We will not be rushed", "talvi", 80, null)
                        .quote("Nordmark pelicans are thriving", "talvi", 150, "2022-05-30")
                        .quote("Our door is open", "oren", 220, "2022-06-09")
                        .quote("Nobody is in charge", null, 300, null);
                deliver(article).statusCode(200);
                deliver(article).statusCode(200); // a second delivery of the same article changes nothing
            }
        }
        talvi = idOf("Aino Talvikorpi");
        oren = idOf("Pavel Orenkov");
    }

    private String idOf(String name) {
        return db.column("SELECT CAST(id AS varchar) FROM actor WHERE name = ?1", name).get(0).toString();
    }

    @Test
    void aSpeakersQuotesComeNewestFirstWithOffsetsDatesAndArticle() {
        query(PAGE, Map.of("filter", Map.of("speakerIds", List.of(talvi))))
                .body("errors", nullValue())
                .body("data.quotes.totalCount", equalTo(3))
                .body("data.quotes.nodes.text", contains("We will not be rushed", "The strait stays open to everyone",
                        "Nordmark pelicans are thriving"))
                .body("data.quotes.nodes[0].saidOn", equalTo("2022-06-10")) // no date in the text: the article's
                .body("data.quotes.nodes[1].saidOn", equalTo("2022-06-08"))
                .body("data.quotes.nodes[1].start", equalTo(10))
                .body("data.quotes.nodes[1].end", equalTo(10 + "The strait stays open to everyone".length()))
                .body("data.quotes.nodes[0].speaker.name", equalTo("Aino Talvikorpi"))
                .body("data.quotes.nodes[0].article.id", equalTo(article.articleId()))
                .body("data.quotes.nodes[0].article.title", equalTo("Talvi and Orenkov on the strait"));
    }

    @Test
    void pagesFollowTheCursor() {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> vars = new java.util.HashMap<>(Map.of("filter", Map.of("speakerIds", List.of(talvi, oren)),
                    "first", 2));
            if (after != null) {
                vars.put("after", after);
            }
            var page = query(PAGE, vars).body("errors", nullValue()).extract();
            seen.addAll(page.path("data.quotes.nodes.text"));
            after = Boolean.TRUE.equals(page.path("data.quotes.pageInfo.hasNextPage"))
                    ? page.path("data.quotes.pageInfo.endCursor") : null;
        } while (after != null);
        org.hamcrest.MatcherAssert.assertThat(seen, contains("We will not be rushed", "Our door is open",
                "The strait stays open to everyone", "Nordmark pelicans are thriving"));
    }

    @Test
    void filtersByWordsAndDates() {
        query(PAGE, Map.of("filter", Map.of("text", "PELICANS")))
                .body("data.quotes.nodes.text", contains("Nordmark pelicans are thriving"));
        query(PAGE, Map.of("filter", Map.of("speakerIds", List.of(talvi, oren), "from", "2022-06-01",
                        "to", "2022-06-09")))
                .body("data.quotes.nodes.text", contains("Our door is open", "The strait stays open to everyone"));
        query(PAGE, Map.of("filter", Map.of("text", "100%_no_such")))
                .body("data.quotes.totalCount", equalTo(0))
                .body("data.quotes.nodes", empty());
    }

    @Test
    void actorAndArticleQuotes() {
        query("""
                query($id: ID!) { actor(id: $id) { quotes(first: 1) { totalCount nodes { text } pageInfo { hasNextPage } } } }""",
                Map.of("id", talvi))
                .body("data.actor.quotes.totalCount", equalTo(3))
                .body("data.actor.quotes.nodes.text", contains("We will not be rushed"))
                .body("data.actor.quotes.pageInfo.hasNextPage", equalTo(true));
        query("""
                query($reps: [_Any!]!) { _entities(representations: $reps) {
                  ... on Article { id quotes { text start speaker { name } } }
                } }""", Map.of("reps", List.of(Map.of("__typename", "Article", "id", article.articleId()))))
                .body("errors", nullValue())
                .body("data._entities[0].quotes.text", contains("The strait stays open to everyone",
                        "We will not be rushed", "Nordmark pelicans are thriving", "Our door is open",
                        "Nobody is in charge"))
                .body("data._entities[0].quotes[4].speaker", nullValue());
    }

    @Test
    void badFilterInputIsRefused() {
        query(PAGE, Map.of("filter", Map.of("text", "x".repeat(201))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("filter.text"));
        List<String> many = new ArrayList<>();
        for (int i = 1; i <= 101; i++) {
            many.add(Integer.toString(i));
        }
        query(PAGE, Map.of("filter", Map.of("speakerIds", many)))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("filter.speakerIds"));
        query(PAGE, Map.of("filter", Map.of("speakerIds", List.of("abc"))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        query(PAGE, Map.of("filter", Map.of("from", "2022-06-10", "to", "2022-06-01")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        query(PAGE, Map.of("after", "not-a-cursor"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void aQuoteWithAnUnknownSpeakerRefIsRejectedAndNothingIsStored() {
        Payloads bad = Payloads.article("2022-06-11").country("n", "Nordmark")
                .quote("Words of nobody we know", "ghost", 0, null);
        deliver(bad).statusCode(400);
        org.junit.jupiter.api.Assertions.assertEquals(0L, ((Number) db.column(
                "SELECT count(*) FROM quote WHERE text = ?1", "Words of nobody we know").get(0)).longValue());
    }
}
