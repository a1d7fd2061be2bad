package org.parley.ingest.quotes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.parley.ingest.support.FakeEntityService;
import org.parley.ingest.support.TestToken;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quotes travel with the extraction over real HTTP to (a fake of) entity-service, with offsets into the stored,
 * normalised text: the raw text's curly quotes are straight there, and the offsets must index that text.
 */
@QuarkusTest
class QuoteDeliveryTest {

    @Test
    void quotesAreDeliveredWithSpeakersAndOffsetsIntoTheStoredText() throws InterruptedException {
        String raw = """
                OSLO, March 4, 2023 (Reuters) - Norwegian Foreign Minister Anniken Huitfeldt met Swiss Foreign \
                Minister Ignazio Cassis in Oslo on Friday, case %s.

                \u201cWe agreed to keep talking,\u201d Huitfeldt told reporters after the meeting.""".formatted(UUID.randomUUID());
        String id = given().auth().oauth2(TestToken.VALUE).contentType(ContentType.JSON).body(Map.of("text", raw))
                .when().post("/articles")
                .then().statusCode(201).extract().path("id");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (FakeEntityService.received(id).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        JsonPath delivered = JsonPath.from(FakeEntityService.received(id).get(0).body());
        String stored = given().when().get("/articles/{id}", id).then().statusCode(200).extract().path("text");

        List<Map<String, Object>> quotes = delivered.getList("quotes");
        assertEquals(1, quotes.size(), delivered.prettify());
        Map<String, Object> quote = quotes.get(0);
        assertEquals("We agreed to keep talking,", quote.get("text"));
        assertEquals(quote.get("text"), stored.substring((Integer) quote.get("start"), (Integer) quote.get("end")));
        assertEquals("2023-03-04", quote.get("saidOn"));
        String speaker = delivered.getString("actors.find { it.ref == '" + quote.get("speakerRef") + "' }.name");
        assertEquals("Anniken Huitfeldt", speaker);
        assertTrue(stored.contains("\"We agreed"), "the stored text has straight quotes: " + stored);
    }
}
