package org.parley.entity.delivery.service;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.support.Payloads;
import org.parley.entity.support.TestToken;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.entity.support.Deliveries.deliver;

/**
 * A delivery's size is bounded (actors, engagements, participants, mentions, quotes, name locks, bytes): beyond a
 * bound it is refused with 400 naming the field (413 for the body) and nothing is stored; at the bounds, a pool's
 * worth of deliveries at once takes fewer advisory locks than PostgreSQL's shared lock table holds.
 */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class DeliveryBoundsTest {

    /** As many deliveries at once as entity-service has connections (quarkus.datasource.jdbc.max-size). */
    private static final int POOL = 16;

    @Inject
    EntityManager entityManager;

    private long count(String table) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }

    /** Word number {@code n}: its consonants spell n in base 12, between vowels, so no two name keys fold together. */
    static String word(int n) {
        String consonants = "bdfgklmnprst";
        String vowels = "aeiou";
        StringBuilder word = new StringBuilder("Z");
        for (int rest = n; ; rest /= consonants.length()) {
            word.append(vowels.charAt(rest % vowels.length())).append(consonants.charAt(rest % consonants.length()));
            if (rest < consonants.length()) {
                break;
            }
        }
        return word.append("o").toString();
    }

    /**
     * A delivery at the bounds: persons of two-word names (two name locks each) and organisations (one each), as
     * many as {@link DeliveryValidator#MAX_ACTORS} and {@link DeliveryValidator#MAX_NAME_LOCKS} allow, every person
     * in an engagement with an organisation it belongs to.
     */
    private static Payloads largest(int offset) {
        int persons = DeliveryValidator.MAX_NAME_LOCKS - DeliveryValidator.MAX_ACTORS;
        int organisations = DeliveryValidator.MAX_ACTORS - persons;
        Payloads payload = Payloads.article("2023-05-04");
        for (int i = 0; i < organisations; i++) {
            payload.actor("o" + i, "Council " + word(offset + i), "ORGANIZATION", null, null);
        }
        for (int i = 0; i < persons; i++) {
            String organisation = "o" + (i % organisations);
            payload.person("p" + i, word(offset + 1000 + 2 * i) + " " + word(offset + 1001 + 2 * i), "Envoy",
                    organisation);
            payload.engagement("MEETING", "OCCURRED", "2023-05-03", null, "DAY", null,
                    "Envoy " + i + " met the council.", "p" + i, organisation);
        }
        return payload;
    }

    private record Bad(String what, Consumer<Payloads> build, String message) {
    }

    @Test
    void aDeliveryOverABoundIsRefusedNamingItAndStoresNothing() {
        List<Bad> tried = List.of(
                new Bad("101 actors", p -> {
                    for (int i = 0; i <= DeliveryValidator.MAX_ACTORS; i++) {
                        p.country("c" + i, "Land " + word(i));
                    }
                }, "actors: more than 100, got 101"),
                new Bad("501 engagements", p -> {
                    p.country("c1", "Ruritania").country("c2", "Freedonia");
                    for (int i = 0; i <= DeliveryValidator.MAX_ENGAGEMENTS; i++) {
                        p.engagement("CALL", "OCCURRED", "2023-05-03", null, "DAY", null, "They spoke.", "c1", "c2");
                    }
                }, "engagements: more than 500, got 501"),
                new Bad("51 participants", p -> {
                    String[] refs = new String[DeliveryValidator.MAX_PARTICIPANTS + 1];
                    for (int i = 0; i < refs.length; i++) {
                        p.country("c" + i, "Land " + word(i));
                        refs[i] = "c" + i;
                    }
                    p.engagement("CONFERENCE", "OCCURRED", "2023-05-03", null, "DAY", null, "All met.", refs);
                }, "engagements[0].participants: more than 50, got 51"),
                new Bad("51 mentions", p -> p.country("c1", "Ruritania",
                        Collections.nCopies(DeliveryValidator.MAX_MENTIONS + 1, "Ruritania").toArray(String[]::new)),
                        "actors[0].mentions: more than 50, got 51"),
                new Bad("names taking 153 locks", p -> {
                    // 51 persons of three words each: 153 name locks from 51 actors
                    for (int i = 0; i < 51; i++) {
                        p.person("p" + i, word(3 * i) + " " + word(3 * i + 1) + " " + word(3 * i + 2), null, null);
                    }
                }, "actors: their names take 153 name locks, more than 150 (fewer actors or shorter names)"),
                new Bad("501 quotes", p -> {
                    p.country("c1", "Ruritania");
                    for (int i = 0; i <= 500; i++) {
                        p.quote("We shall meet again.", "c1", 0, "2023-05-03");
                    }
                }, "quotes: more than 500, got 501"));
        long actors = count("actor");
        for (Bad bad : tried) {
            Payloads payload = Payloads.article("2023-05-04");
            bad.build().accept(payload);
            deliver(payload)
                    .statusCode(400)
                    .body("message", equalTo(bad.message()));
            assertEquals(0L, count("processed_article WHERE article_id = '" + payload.articleId() + "'"), bad.what());
        }
        assertEquals(actors, count("actor"), "nothing stored");
    }

    @Test
    void aBodyOverFourMegabytesIsRefusedBeforeItIsRead() throws Exception {
        String articleId = UUID.randomUUID().toString();
        String body = "{\"articleId\":\"" + articleId + "\",\"actors\":[],\"engagements\":[],\"title\":\""
                + "x".repeat(4 * 1024 * 1024 + 1) + "\"}";
        // "Expect: 100-continue", as a well-behaved sender of a large body does: the refusal comes before the body is
        // sent (without it, a refusal that closes the connection mid-upload surfaces as a broken pipe on a busy machine)
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/extractions/" + articleId))
                .header("Authorization", "Bearer " + TestToken.VALUE)
                .header("Content-Type", "application/json")
                .expectContinue(true)
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals(0L, count("processed_article WHERE article_id = '" + articleId + "'"));
    }

    @Test
    void aPoolOfDeliveriesAtTheBoundsAtOnceAllSucceed() throws Exception {
        long before = count("actor");
        List<Payloads> deliveries = new ArrayList<>();
        for (int d = 0; d < POOL; d++) {
            deliveries.add(largest(10_000 * (d + 1)));
        }
        deliver(deliveries.get(0)).statusCode(200); // within the bounds
        ExecutorService pool = Executors.newFixedThreadPool(POOL);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (Payloads delivery : deliveries.subList(1, POOL)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    // a largest delivery takes ~6 s alone; sixteen at once on two shared cores take longer than
                    // the 30 s Quarkus gives a test request
                    var response = given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                                    .setParam("http.socket.timeout", 180_000)))
                            .auth().oauth2(TestToken.VALUE)
                            .contentType(ContentType.JSON)
                            .body(delivery.body())
                        .when()
                            .put("/extractions/{id}", delivery.articleId())
                        .then().extract();
                    return response.statusCode() + " " + response.body().asString();
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                String got = answer.get();
                assertEquals("200", got.substring(0, 3), got);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + (long) POOL * DeliveryValidator.MAX_ACTORS, count("actor"), "every actor of every delivery");
    }
}
