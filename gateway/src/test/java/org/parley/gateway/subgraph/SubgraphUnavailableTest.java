package org.parley.gateway.subgraph;

import static org.parley.gateway.testsupport.GraphQLRequests.graphql;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;


import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.gateway.testsupport.FakeSubgraph;
import org.parley.gateway.testsupport.FakeSubgraphs;

/** A subgraph that is down or too slow gives SERVICE_UNAVAILABLE promptly, never a hang. */
@QuarkusTest
@QuarkusTestResource(FakeSubgraphs.class)
class SubgraphUnavailableTest {


    @BeforeEach
    void reset() {
        FakeSubgraphs.resetAll();
    }

    @AfterEach
    void restart() {
        FakeSubgraph ingest = FakeSubgraphs.ingest();
        ingest.stop();
        ingest.start(ingest.port());
        FakeSubgraphs.resetAll();
    }

    @Test
    void aStoppedSubgraphIsServiceUnavailable() {
        FakeSubgraphs.ingest().stop();
        graphql("{ articles { totalCount } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"))
                .body("errors[0].path[0]", equalTo("articles"));
    }

    @Test
    void aStoppedSubgraphBehindACrossServiceFieldIsServiceUnavailable() {
        FakeSubgraphs.ingest().stop();
        graphql("{ engagement(id: \"e1\") { id evidence { article { title } } } }")
                .body("data.engagement.id", equalTo("e1"))
                .body("data.engagement.evidence[0].article.title", nullValue())
                .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"));
    }

    @Test
    void aSubgraphSlowerThanTheRequestTimeoutIsServiceUnavailable() {
        FakeSubgraphs.ingest().delayAnswers(Duration.ofSeconds(5));
        given()
                .contentType(ContentType.JSON)
                .body(Map.of("query", "{ article(id: \"a1\") { title } }"))
            .when()
                .post("/graphql")
            .then()
                .time(lessThan(4500L))
                .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"));
    }
}
