package org.parley.entity.export.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.entity.support.Deliveries.deliver;
import static org.parley.entity.support.GraphQL.query;

/** The JSON Lines export over PostgreSQL: filters, order across chunks, counts and the same codes as GraphQL. */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class ExportResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Payloads article;

    @Inject
    Db db;

    private String tomas;

    @BeforeEach
    void deliverOnce() {
        synchronized (ExportResourceTest.class) {
            if (article == null) {
                article = Payloads.article("2024-03-30").titled("Mexico and Canada talk")
                        .country("mx", "Mexico").country("ca", "Canada")
                        .person("tomas", "Tomas Exportner", "Foreign Secretary", "mx", "Exportner")
                        .person("lena", "Lena Exportova", "Foreign Minister", "ca", "Exportova")
                        .engagement("CALL", "OCCURRED", "2024-03-01", null, "DAY", null,
                                "Exportner phoned Exportova.", "tomas:INITIATOR", "lena")
                        .engagement("MEETING", "OCCURRED", "2024-03-10", null, "DAY", "Ottawa",
                                "Exportner met Exportova in Ottawa.", "tomas", "lena")
                        .engagement("MEETING", "PLANNED", "2024-04-20", null, "DAY", null,
                                "Exportner and Exportova will meet in April.", "tomas", "lena")
                        .engagement("VISIT", "OCCURRED", "2024-03-20", null, "DAY", "Buenos Aires",
                                "Exportner visited Argentina.", "tomas");
                deliver(article).statusCode(200);
            }
        }
        tomas = db.column("SELECT CAST(id AS varchar) FROM actor WHERE name = 'Tomas Exportner'").get(0).toString();
    }

    private List<Map<String, Object>> export(String query) throws Exception {
        String body = given()
            .when()
                .get("/exports/engagements?" + query)
            .then()
                .statusCode(200)
                .contentType(containsString("application/jsonl"))
                .extract().asString();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isEmpty()) {
                rows.add(JSON.readValue(line, Map.class));
            }
        }
        return rows;
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportsEveryMatchNewestFirstAcrossChunksWithCodesAndCitations() throws Exception {
        List<Map<String, Object>> rows = export("actorId=" + tomas);
        assertEquals(4, rows.size(), "four engagements, read two per chunk");
        assertEquals(List.of("2024-04-20", "2024-03-20", "2024-03-10", "2024-03-01"),
                rows.stream().map(r -> r.get("date")).toList());
        assertEquals(List.of("036", "042", "042", "041"), rows.stream().map(r -> r.get("cameo_code")).toList());
        assertEquals(List.of(List.of("AGREE"), List.of("CONSULT"), List.of("CONSULT"), List.of("CONSULT")),
                rows.stream().map(r -> r.get("event")).toList());
        assertEquals(List.of(List.of(), List.of("visit"), List.of("visit"), List.of("phone")),
                rows.stream().map(r -> r.get("mode")).toList());

        Map<String, Object> meeting = rows.get(2);
        assertEquals(1, meeting.get("quad_code"));
        assertEquals("OCCURRED", meeting.get("status"));
        assertEquals(Map.of("extracted_place", "Ottawa", "country", "Canada"), meeting.get("event_loc"));
        List<Map<String, Object>> actors = (List<Map<String, Object>>) meeting.get("actor");
        assertEquals(List.of("Tomas Exportner", "Lena Exportova"), actors.stream().map(a -> a.get("identifier_text")).toList());
        assertEquals(List.of("Mexico", "Canada"), actors.stream().map(a -> a.get("country")).toList());
        assertEquals(List.of("MEX", "CAN"), actors.stream().map(a -> a.get("code")).toList());
        assertEquals(List.of("GOV", "GOV"), actors.stream().map(a -> a.get("sector")).toList());
        assertEquals(1, meeting.get("evidence_count"));
        assertEquals(1, meeting.get("article_count"));
        List<Map<String, Object>> cites = (List<Map<String, Object>>) meeting.get("cite_info");
        assertEquals(article.articleId(), cites.get(0).get("citation"));
        assertEquals("Mexico and Canada talk", cites.get(0).get("title"));

        // the same codes as the GraphQL subgraph gives the same engagements
        List<String> graphqlCodes = query("""
                query($filter: EngagementFilter) { engagements(filter: $filter) { nodes { coding { cameo } } } }""",
                Map.of("filter", Map.of("actorIds", List.of(tomas))))
                .extract().path("data.engagements.nodes.coding.cameo");
        assertEquals(graphqlCodes, rows.stream().map(r -> r.get("cameo_code")).toList());
    }

    @Test
    void filtersLikeTheGraphQLFilter() throws Exception {
        assertEquals(3, export("actorId=" + tomas + "&type=CALL,MEETING").size());
        assertEquals(3, export("actorId=" + tomas + "&type=CALL&type=MEETING").size());
        assertEquals(1, export("actorId=" + tomas + "&status=PLANNED").size());
        assertEquals(2, export("actorId=" + tomas + "&from=2024-03-05&to=2024-03-25").size());
        assertEquals(1, export("actorId=" + tomas + "&location=otta").size());
        assertEquals(0, export("actorId=987654321").size());
    }

    @Test
    void badParametersAnswer400WithTheReason() {
        for (String bad : List.of("type=NOPE", "status=DONE", "from=yesterday", "actorId=abc",
                "from=2024-03-10&to=2024-03-01")) {
            given()
                .when()
                    .get("/exports/engagements?" + bad)
                .then()
                    .statusCode(400)
                    .body("error", equalTo("BAD_USER_INPUT"));
        }
    }
}
