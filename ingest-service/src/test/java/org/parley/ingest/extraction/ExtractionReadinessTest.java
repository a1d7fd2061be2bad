package org.parley.ingest.extraction;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the running service the models load in the background at start: readiness names "extraction" and turns UP
 * once they are loaded, and the injected extractor then extracts.
 */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class ExtractionReadinessTest {

    @jakarta.inject.Inject
    ArticleExtractor extractor;

    @Test
    void readinessTurnsUpOnceTheModelsAreLoaded() throws InterruptedException {
        given()
                .when().get("/q/health/ready")
                .then().body("checks.name", hasItem("extraction"));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!extractor.isReady() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertTrue(extractor.isReady(), "models did not load within 3 minutes");
        given()
                .when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'extraction' }.status", equalTo("UP"));
        assertTrue(extractor.extract("Dutch Prime Minister Mark Rutte flew to Kyiv last week.",
                java.time.LocalDate.of(2023, 3, 22)).engagements().size() == 1);
    }
}
