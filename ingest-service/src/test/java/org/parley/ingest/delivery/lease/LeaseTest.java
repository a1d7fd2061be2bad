package org.parley.ingest.delivery.lease;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Vetoed;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ingest.delivery.failure.AttemptFailure;
import org.parley.ingest.delivery.service.DeliveryService;
import org.parley.ingest.extraction.ArticleExtractor;
import org.parley.ingest.extraction.Extraction;
import org.parley.ingest.support.Articles;
import org.parley.ingest.support.FakeEntityService;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.ingest.support.ArticleQueries.awaitStatus;
import static org.parley.ingest.support.ArticleQueries.ingestStory;
import static org.parley.ingest.support.ArticleQueries.graphql;

/**
 * Leases over real PostgreSQL: renewed while an article is worked on, taken over once a crashed holder's runs out,
 * and the per-article time limit, which fails the article without holding up the next one.
 */
@QuarkusTest
@TestProfile(LeaseProfile.class)
class LeaseTest {

    private static final String ARTICLE = """
            query Article($id: ID!) { article(id: $id) { id status attempts failureReason } }""";

    @Inject
    DeliveryService deliveries;

    @Inject
    DataSource dataSource;

    private StandInExtractor extractor;

    @BeforeEach
    void installStandIn() {
        extractor = new StandInExtractor();
        QuarkusMock.installMockForType(extractor, ArticleExtractor.class);
    }

    @AfterEach
    void unblock() {
        extractor.stuck.values().forEach(CountDownLatch::countDown);
    }

    @Test
    void anArticleSlowerThanItsLeaseIsExtractedOnceWhileAnotherReplicaKeepsClaiming() throws Exception {
        String caseId = UUID.randomUUID().toString();
        Duration slow = Duration.ofSeconds(LeaseProfile.LEASE_SECONDS * 2 + 1);
        CountDownLatch started = extractor.slow(caseId, slow);
        String id = ingestStory(caseId);
        assertTrue(started.await(30, TimeUnit.SECONDS), "extraction started");

        // A second replica claims from the same queue every 200 ms for longer than two lease periods: the renewed
        // lease keeps the article from it.
        long until = System.nanoTime() + slow.minusSeconds(1).toNanos();
        int claims = 0;
        while (System.nanoTime() < until) {
            List<Lease> taken = deliveries.leaseDue(10);
            assertFalse(taken.stream().anyMatch(lease -> lease.articleId().toString().equals(id)),
                    "a second replica claimed the article while it was being extracted");
            taken.forEach(lease -> deliveries.recordFailure(lease, interrupted()));
            claims++;
            Thread.sleep(200);
        }
        assertTrue(claims > 10, "the second replica tried " + claims + " times");

        awaitStatus(id, "PROCESSED")
                .body("data.article.attempts", equalTo(1))
                .body("data.article.failureReason", nullValue());
        assertEquals(1, extractor.calls(caseId), "extracted once");
        assertEquals(1, FakeEntityService.received(id).size(), "delivered once");
    }

    @Test
    void theLeaseOfACrashedReplicaRunsOutAndTheArticleIsTakenUpAgain() throws Exception {
        String caseId = UUID.randomUUID().toString();
        extractor.slow(caseId, Duration.ZERO);
        // A replica claimed the article and died: the row is leased under a token nobody renews.
        LeasedRow row = insertLeasedArticle(Articles.story(caseId), Duration.ofSeconds(4));

        awaitStatus(row.id().toString(), "PROCESSED").body("data.article.attempts", equalTo(1));
        Instant taken = extractor.firstCall(caseId);
        assertFalse(taken.isBefore(row.leasedUntil()),
                "taken up at " + taken + ", before the lease ran out at " + row.leasedUntil());
        assertEquals(1, extractor.calls(caseId));
        assertEquals(1, FakeEntityService.received(row.id().toString()).size());
    }

    @Test
    void anArticleOverTheTimeLimitFailsWithItsReasonAndTheNextArticleIsProcessedMeanwhile() throws Exception {
        String stuckCase = UUID.randomUUID().toString();
        // The stuck extraction ignores interruption, the worst case: its thread runs on past the limit.
        CountDownLatch stuckStarted = extractor.stuck(stuckCase);
        String stuck = ingestStory(stuckCase);
        assertTrue(stuckStarted.await(30, TimeUnit.SECONDS), "extraction started");

        String next = ingestStory(UUID.randomUUID().toString());

        awaitStatus(stuck, "FAILED")
                .body("data.article.attempts", equalTo(1))
                .body("data.article.failureReason", equalTo("Extraction took longer than the limit of "
                        + LeaseProfile.TIME_LIMIT_SECONDS + " s per article"));
        // one worker thread, and the stuck one has not returned: the next article got the freed slot
        awaitStatus(next, "PROCESSED").body("data.article.attempts", equalTo(1));
        assertTrue(extractor.stillStuck(stuckCase), "the stuck extraction is still running");

        // When it finally returns, nothing it does changes the failed article.
        extractor.release(stuckCase);
        assertTrue(extractor.returned(stuckCase).await(10, TimeUnit.SECONDS));
        Thread.sleep(500);
        graphql(ARTICLE, Map.of("id", stuck))
                .body("data.article.status", equalTo("FAILED"))
                .body("data.article.attempts", equalTo(1));
        assertEquals(0, FakeEntityService.received(stuck).size(), "never delivered");
        assertEquals(1, extractor.calls(stuckCase));
    }

    private static AttemptFailure interrupted() {
        return AttemptFailure.ofExtraction(new InterruptedException("test"));
    }

    private record LeasedRow(UUID id, Instant leasedUntil) {
    }

    /** Stores an article whose delivery is leased for {@code lease} from now, as a replica that then died left it. */
    private LeasedRow insertLeasedArticle(String text, Duration lease) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement article = connection.prepareStatement("""
                    INSERT INTO article (id, raw_text, text, content_hash, published_on_source, status, received_at)
                    VALUES (?, ?, ?, encode(sha256(convert_to(?, 'UTF8')), 'hex'), 'NONE', 'RECEIVED', now())""");
                 PreparedStatement delivery = connection.prepareStatement("""
                    INSERT INTO delivery (article_id, next_attempt_at, leased_until, lease_token)
                    VALUES (?, now(), clock_timestamp() + make_interval(secs => ?), ?)
                    RETURNING leased_until""")) {
                UUID id = UUID.randomUUID();
                article.setObject(1, id);
                article.setString(2, text);
                article.setString(3, text);
                article.setString(4, text);
                article.executeUpdate();
                delivery.setObject(1, id);
                delivery.setDouble(2, lease.toMillis() / 1000.0);
                delivery.setObject(3, UUID.randomUUID());
                try (ResultSet leasedUntil = delivery.executeQuery()) {
                    leasedUntil.next();
                    Instant until = leasedUntil.getObject(1, OffsetDateTime.class).toInstant();
                    connection.commit();
                    return new LeasedRow(id, until);
                }
            }
        }
    }

    /** Extracts nothing, at once, except for scripted cases: slow ones sleep, stuck ones ignore interruption. */
    @Vetoed
    static class StandInExtractor extends ArticleExtractor {

        private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        private final Map<String, Instant> firstCall = new ConcurrentHashMap<>();
        private final Map<String, Duration> slow = new ConcurrentHashMap<>();
        private final Map<String, CountDownLatch> started = new ConcurrentHashMap<>();
        final Map<String, CountDownLatch> stuck = new ConcurrentHashMap<>();
        private final Map<String, CountDownLatch> returned = new ConcurrentHashMap<>();

        CountDownLatch slow(String caseId, Duration duration) {
            slow.put(caseId, duration);
            return started.computeIfAbsent(caseId, c -> new CountDownLatch(1));
        }

        CountDownLatch stuck(String caseId) {
            stuck.put(caseId, new CountDownLatch(1));
            returned.put(caseId, new CountDownLatch(1));
            return started.computeIfAbsent(caseId, c -> new CountDownLatch(1));
        }

        void release(String caseId) {
            stuck.get(caseId).countDown();
        }

        boolean stillStuck(String caseId) {
            return returned.get(caseId).getCount() > 0;
        }

        CountDownLatch returned(String caseId) {
            return returned.get(caseId);
        }

        Instant firstCall(String caseId) {
            return firstCall.get(caseId);
        }

        int calls(String caseId) {
            AtomicInteger n = calls.get(caseId);
            return n == null ? 0 : n.get();
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public Extraction extract(String text, LocalDate publishedOn) {
            String caseId = started.keySet().stream().filter(text::contains).findFirst().orElse(null);
            if (caseId != null) {
                firstCall.putIfAbsent(caseId, Instant.now());
                calls.computeIfAbsent(caseId, c -> new AtomicInteger()).incrementAndGet();
                started.get(caseId).countDown();
                if (slow.containsKey(caseId)) {
                    sleep(slow.get(caseId));
                }
                CountDownLatch block = stuck.get(caseId);
                if (block != null) {
                    awaitIgnoringInterrupts(block);
                    returned.get(caseId).countDown();
                }
            }
            return new Extraction(List.of(), List.of());
        }

        private static void sleep(Duration duration) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        private static void awaitIgnoringInterrupts(CountDownLatch latch) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (latch.getCount() > 0 && System.nanoTime() < until) {
                try {
                    latch.await(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException ignored) {
                    // what code that never checks interruption does
                }
            }
        }
    }
}
