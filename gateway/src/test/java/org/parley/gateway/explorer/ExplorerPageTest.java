package org.parley.gateway.explorer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.parley.gateway.testsupport.FakeSubgraphs;

/** The explorer page is served at / with its script and the charting library from the gateway itself. */
@QuarkusTest
@QuarkusTestResource(FakeSubgraphs.class)
class ExplorerPageTest {

    @Test
    void thePageAndEverythingItLoadsAreServedLocally() {
        String page = given()
            .when()
                .get("/")
            .then()
                .statusCode(Status.OK.getStatusCode())
                .contentType(containsString("text/html"))
                .body(containsString("id=\"timeline\""), containsString("id=\"network\""),
                        containsString("id=\"export-csv\""), containsString("id=\"export-jsonl\""))
                .extract().asString();
        for (String script : new String[] {"_static/echarts/6.0.0/dist/echarts.min.js", "explorer/explorer.js"}) {
            org.junit.jupiter.api.Assertions.assertTrue(page.contains(script), "page loads " + script);
            given()
                .when()
                    .get("/" + script)
                .then()
                    .statusCode(Status.OK.getStatusCode())
                    .contentType(containsString("javascript"));
        }
        given()
            .when()
                .get("/explorer/explorer.js")
            .then()
                .body(containsString("ACTOR_QUERY"), containsString("counterparts"),
                        containsString("coding { cameo ploverEvent ploverMode }"),
                        containsString("export/engagements?format=${format}&actorId="));
    }

    @Test
    void graphiqlAndHealthAreServed() {
        given()
            .when()
                .get("/q/graphql-ui/")
            .then()
                .statusCode(Status.OK.getStatusCode())
                .contentType(containsString("text/html"));
        given()
            .when()
                .get("/q/health/live")
            .then()
                .statusCode(Status.OK.getStatusCode());
    }
}
