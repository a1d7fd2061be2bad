package org.parley.gateway.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.gateway.testsupport.FakeSubgraphs;

/**
 * {@code GET /export/engagements}: entity-service's rows streamed through, article URLs added from ingest-service in
 * batches, as JSON Lines or CSV; filter parameters passed on, bad ones answered 400.
 */
@QuarkusTest
@QuarkusTestResource(FakeSubgraphs.class)
class ExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void reset() {
        FakeSubgraphs.resetAll();
    }

    private static String export(String query, String mediaType) {
        return given()
            .when()
                .get("/export/engagements?" + query)
            .then()
                .statusCode(200)
                .contentType(containsString(mediaType))
                .header("Content-Disposition", containsString("engagements."))
                .extract().asString();
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonLinesCarryEveryRowWithItsArticleUrls() throws Exception {
        String body = export("format=jsonl&type=CALL&actorId=1&actorId=2&location=Genève", "application/jsonl");
        List<String> lines = body.lines().toList();
        assertEquals(FakeSubgraphs.EXPORT_ROWS, lines.size());
        Map<String, Object> row = JSON.readValue(lines.get(3), new TypeReference<>() {
        });
        assertEquals("e3", row.get("id"));
        assertEquals("041", row.get("cameo_code"));
        assertEquals(List.of("phone"), row.get("mode"));
        Map<String, Object> cite = ((List<Map<String, Object>>) row.get("cite_info")).get(0);
        assertEquals("https://news.example/a3", cite.get("url"));

        assertEquals(1, FakeSubgraphs.exportQueries().size());
        assertEquals(Set.of("type=CALL", "actorId=1", "actorId=2", "location=Gen%C3%A8ve"),
                Set.of(FakeSubgraphs.exportQueries().get(0).split("&")),
                "the filter goes to entity-service as given, without the gateway's format");
        assertEquals((FakeSubgraphs.EXPORT_ROWS + ExportResource.BATCH - 1) / ExportResource.BATCH,
                FakeSubgraphs.ingest().entityRequests().size(), "one _entities batch per batch of rows");
        assertTrue(FakeSubgraphs.ingest().received().get(0).query().contains("url"));
    }

    @Test
    void csvHasAHeaderAndOneQuotedLinePerRow() {
        List<String> lines = export("format=csv", "text/csv").lines().toList();
        assertEquals(FakeSubgraphs.EXPORT_ROWS + 1, lines.size());
        assertEquals(String.join(",", ExportFormat.CSV_COLUMNS), lines.get(0));
        assertEquals("e0,2022-02-01,2022-02-01,DAY,,CALL,OCCURRED,CONSULT,phone,1,041,\"Actor 1|Actor 2, Jr.\",1|2,"
                + "Actor 3|,AAA|,GOV|,,,,,,Geneva,Switzerland,1,1,a0,https://news.example/a0", lines.get(1));
    }

    @Test
    void badFormatOrFilterAnswers400() {
        given()
            .when()
                .get("/export/engagements?format=xml")
            .then()
                .statusCode(400)
                .body("error", equalTo("BAD_USER_INPUT"));
        given()
            .when()
                .get("/export/engagements?format=csv&status=BOGUS")
            .then()
                .statusCode(400)
                .body("error", equalTo("BAD_USER_INPUT"))
                .body("message", containsString("BOGUS"));
    }
}
