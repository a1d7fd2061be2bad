package org.parley.gateway.explorer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.parley.gateway.testsupport.FakeSubgraphs;

/** The explorer page is served at / with its script modules and the charting library from the gateway itself. */
@QuarkusTest
@QuarkusTestResource(FakeSubgraphs.class)
class ExplorerPageTest {

    private static final Pattern IMPORT = Pattern.compile("^import [^;]*? from '\\./([\\w-]+\\.js)';", Pattern.MULTILINE);

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
            assertTrue(page.contains(script), "page loads " + script);
            given()
                .when()
                    .get("/" + script)
                .then()
                    .statusCode(Status.OK.getStatusCode())
                    .contentType(containsString("javascript"));
        }
        // every module the page's script imports, transitively, is served as JavaScript
        Deque<String> modules = new ArrayDeque<>(List.of("explorer.js"));
        Set<String> seen = new HashSet<>();
        while (!modules.isEmpty()) {
            String module = modules.pop();
            if (!seen.add(module)) {
                continue;
            }
            String source = given()
                .when()
                    .get("/explorer/" + module)
                .then()
                    .statusCode(Status.OK.getStatusCode())
                    .contentType(containsString("javascript"))
                    .extract().asString();
            Matcher imports = IMPORT.matcher(source);
            while (imports.find()) {
                modules.push(imports.group(1));
            }
        }
        assertTrue(seen.containsAll(List.of("api.js", "home.js", "actor.js", "engagement.js")), "modules: " + seen);
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
