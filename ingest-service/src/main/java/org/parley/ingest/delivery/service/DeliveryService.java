package org.parley.ingest.delivery.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.parley.ingest.article.model.StoredArticle;
import org.parley.ingest.article.model.ArticleStatus;
import org.parley.ingest.article.repository.ArticleRepository;
import org.parley.ingest.config.IngestConfig;
import org.parley.ingest.delivery.failure.AttemptFailure;
import org.parley.ingest.delivery.failure.AttemptFailure.Kind;
import org.parley.ingest.delivery.lease.Lease;
import org.parley.ingest.delivery.model.Delivery;
import org.parley.ingest.delivery.repository.DeliveryRepository;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The state changes of processing one article, each in its own short transaction. */
@ApplicationScoped
public class DeliveryService {

    private final ArticleRepository articles;
    private final DeliveryRepository deliveries;
    private final IngestConfig config;

    DeliveryService(ArticleRepository articles, DeliveryRepository deliveries, IngestConfig config) {
        this.articles = articles;
        this.deliveries = deliveries;
        this.config = config;
    }

    public List<Lease> leaseDue(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.leaseDue(limit, config.worker().lease()));
    }

    /** The heartbeat: extends {@code held} by another lease period; false when it was lost. */
    public boolean renew(Lease held) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.renew(held, config.worker().lease()));
    }

    /**
     * Starts an attempt: counts it (on the article, for clients, and in the round, for the backoff) and returns what
     * the worker needs, or empty if the article was processed meanwhile or the lease was lost.
     */
    public Optional<WorkItem> startAttempt(Lease held) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.findHeld(held).map(delivery -> {
            StoredArticle article = articles.findById(held.articleId());
            delivery.attempts++;
            article.attempts++;
            return new WorkItem(held.articleId(), article.text, article.publishedOn, article.title,
                    delivery.extraction);
        }));
    }

    /** Keeps the extraction for later attempts; false (nothing written) when the lease was lost. */
    public boolean saveExtraction(Lease held, String extractionJson) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.findHeld(held)
                .map(delivery -> delivery.extraction = extractionJson).isPresent());
    }

    /** Marks the article PROCESSED; false (nothing written) when the lease was lost. */
    public boolean markProcessed(Lease held) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.findHeld(held).map(delivery -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            delivery.deliveredAt = now;
            delivery.leasedUntil = null;
            delivery.leaseToken = null;
            StoredArticle article = articles.findById(held.articleId());
            article.status = ArticleStatus.PROCESSED;
            article.processedAt = now;
            article.failureReason = null;
            return delivery;
        }).isPresent());
    }

    /**
     * Applies the retry policy to a failed attempt (docs/reliability.md) and tells whether the article is now FAILED.
     * Unextractable text and an extraction over the time limit fail at once; a delivery entity-service refuses fails
     * after {@code max-rejected-attempts} refusals; anything else is retried with backoff; an interrupted attempt is
     * handed back to the queue at once. Nothing is written when the lease was lost: the new holder decides.
     */
    public boolean recordFailure(Lease held, AttemptFailure failure) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<Delivery> found = deliveries.findHeld(held);
            if (found.isEmpty()) {
                return false;
            }
            Delivery delivery = found.get();
            StoredArticle article = articles.findById(held.articleId());
            article.failureReason = failure.reason();
            if (failure.kind() == Kind.REJECTED) {
                delivery.rejections++;
            }
            boolean failed = failure.kind() == Kind.UNEXTRACTABLE || failure.kind() == Kind.TIMED_OUT
                    || (failure.kind() == Kind.REJECTED && delivery.rejections >= config.worker().maxRejectedAttempts());
            if (failed) {
                article.status = ArticleStatus.FAILED;
                article.processedAt = OffsetDateTime.now(ZoneOffset.UTC);
                deliveries.delete(delivery);
                return true;
            }
            delivery.lastError = failure.detail();
            delivery.leasedUntil = null;
            delivery.leaseToken = null;
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            delivery.nextAttemptAt = failure.kind() == Kind.INTERRUPTED ? now : now.plus(backoff(delivery.attempts));
            return false;
        });
    }

    public long pendingCount() {
        return QuarkusTransaction.requiringNew().call(deliveries::countPending);
    }

    Duration backoff(int attempts) {
        attempts = Math.max(attempts, 1);
        Duration initial = config.worker().initialBackoff();
        Duration max = config.worker().maxBackoff();
        int doublings = Math.min(attempts - 1, 20);
        Duration wait = initial.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** An article to process: its normalised text, date and title, and the extraction if an earlier attempt made one. */
    public record WorkItem(UUID articleId, String text, java.time.LocalDate publishedOn, String title,
                           String extractionJson) {
    }
}
