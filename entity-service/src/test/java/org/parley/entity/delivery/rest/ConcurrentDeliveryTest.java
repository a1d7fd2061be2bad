package org.parley.entity.delivery.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.support.Db;
import org.parley.entity.support.Payloads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.entity.support.Deliveries.deliver;

/** Parallel deliveries of different articles naming the same new actors create each actor once. */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class ConcurrentDeliveryTest {

    private static final int DELIVERIES = 8;

    @Inject
    Db db;

    private void deliverInParallel(List<Payloads> articles) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(articles.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Payloads article : articles) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return deliver(article).extract().statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallelDeliveriesNamingTheSameNewPeopleCreateOneActorEachAndOneEngagement() throws Exception {
        List<Payloads> articles = new ArrayList<>();
        for (int i = 0; i < DELIVERIES; i++) {
            // two spellings with different keys: only resolution serialised per surname makes them one actor
            articles.add(Payloads.article("2022-07-0" + (1 + i % 5))
                    .person("k", i % 2 == 0 ? "Joseph Kinbote" : "Joseph Robinette Kinbote", "Ambassador", null)
                    .person("s", "Hazel Shadeova", "Envoy", null)
                    .engagement("MEETING", "OCCURRED", "2022-06-30", null, "DAY", null,
                            "Kinbote met Shadeova on June 30 (report " + i + ").", "k", "s"));
        }
        deliverInParallel(articles);
        assertOnePersonInOneEngagementReportedByEveryArticle("kinbote");
        assertEquals(1, db.count("SELECT count(*) FROM actor WHERE kind = 'PERSON' AND name = 'Hazel Shadeova'"));
    }

    private void assertOnePersonInOneEngagementReportedByEveryArticle(String surnameKey) {
        assertEquals(1, db.count("SELECT count(*) FROM actor WHERE kind = 'PERSON' AND surname_key = ?1", surnameKey));
        assertEquals(1, db.count("""
                SELECT count(DISTINCT p.engagement_id) FROM engagement_participant p
                JOIN actor a ON a.id = p.actor_id WHERE a.surname_key = ?1""", surnameKey), "one engagement");
        assertEquals(DELIVERIES, db.count("""
                SELECT count(DISTINCT ev.article_id) FROM evidence ev JOIN engagement_participant p
                ON p.engagement_id = ev.engagement_id JOIN actor a ON a.id = p.actor_id WHERE a.surname_key = ?1""",
                surnameKey));
    }

    @Test
    void parallelDeliveriesOfASurnameAndItsFullNameEndWithOnePerson() throws Exception {
        List<Payloads> articles = new ArrayList<>();
        for (int i = 0; i < DELIVERIES; i++) {
            // Whichever comes first, the surname is resolved into the full name or joined into it later.
            String name = switch (i % 4) {
                case 0 -> "Quembarek";
                case 1 -> "Presidente Quembarek";
                case 2 -> "Aurelio Quembarek";
                default -> "Aurelio Benedito Quembarek";
            };
            articles.add(Payloads.article("2022-08-0" + (1 + i % 5))
                    .country("c", "Ruritania")
                    .person("q", name, "President", "c", name)
                    .person("s", "Hazel Shadeova", "Envoy", null)
                    .engagement("MEETING", "OCCURRED", "2022-07-30", null, "DAY", null,
                            name + " met Shadeova on July 30 (report " + i + ").", "q", "s"));
        }
        deliverInParallel(articles);
        assertOnePersonInOneEngagementReportedByEveryArticle("quembarek");
    }

    @Test
    void parallelDeliveriesNamingTheSameNewCountryAndOrganisationCreateOneEach() throws Exception {
        List<Payloads> articles = new ArrayList<>();
        for (int i = 0; i < DELIVERIES; i++) {
            articles.add(Payloads.article("2022-07-01")
                    .country("z", i % 2 == 0 ? "Zembla" : "ZEMBLA")
                    .actor("o", "Concordia League", "ORGANIZATION", null, null));
        }
        deliverInParallel(articles);
        assertEquals(1, db.count("SELECT count(*) FROM actor WHERE kind = 'COUNTRY' AND match_key = 'zembla'"));
        assertEquals(1, db.count("SELECT count(*) FROM actor WHERE kind = 'ORGANIZATION' AND name = 'Concordia League'"));
    }

    @Test
    void theSameArticleDeliveredInParallelIsStoredOnce() throws Exception {
        Payloads article = Payloads.article("2022-07-10")
                .country("a", "Graustark").country("b", "Syldavia")
                .engagement("CALL", "OCCURRED", "2022-07-09", null, "DAY", null, "Graustark called Syldavia.", "a", "b");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> duplicates = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                duplicates.add(pool.submit(() -> {
                    start.await();
                    return deliver(article).statusCode(200).extract().<Boolean>path("duplicate");
                }));
            }
            start.countDown();
            long firstDeliveries = 0;
            for (Future<Boolean> duplicate : duplicates) {
                firstDeliveries += duplicate.get() ? 0 : 1;
            }
            assertEquals(1, firstDeliveries, "exactly one delivery did the work");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, db.count("SELECT count(*) FROM evidence WHERE article_id = CAST(?1 AS uuid)", article.articleId()));
    }
}
