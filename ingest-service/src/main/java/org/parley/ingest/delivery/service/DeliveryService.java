package org.parley.ingest.delivery.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.parley.ingest.article.model.StoredArticle;
import org.parley.ingest.article.model.ArticleStatus;
import org.parley.ingest.article.repository.ArticleRepository;
import org.parley.ingest.config.IngestConfig;
import org.parley.ingest.delivery.failure.AttemptFailure;
import org.parley.ingest.delivery.failure.AttemptFailure.Kind;
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

    public List<UUID> leaseDue(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.leaseDue(limit, config.worker().lease()));
    }

    /**
     * Starts an attempt: counts it (on the article, for clients, and in the round, for the backoff) and returns what
     * the worker needs, or empty if the article was processed meanwhile.
     */
    public Optional<WorkItem> startAttempt(UUID articleId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Delivery delivery = deliveries.findById(articleId);
            if (delivery == null || delivery.deliveredAt != null) {
                return Optional.empty();
            }
            StoredArticle article = articles.findById(articleId);
            delivery.attempts++;
            article.attempts++;
            return Optional.of(new WorkItem(articleId, article.text, article.publishedOn, article.title,
                    delivery.extraction));
        });
    }

    public void saveExtraction(UUID articleId, String extractionJson) {
        QuarkusTransaction.requiringNew().run(() -> deliveries.findById(articleId).extraction = extractionJson);
    }

    public void markProcessed(UUID articleId) {
        QuarkusTransaction.requiringNew().run(() -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            Delivery delivery = deliveries.findById(articleId);
            delivery.deliveredAt = now;
            delivery.leasedUntil = null;
            StoredArticle article = articles.findById(articleId);
            article.status = ArticleStatus.PROCESSED;
            article.processedAt = now;
            article.failureReason = null;
        });
    }

    /**
     * Applies the retry policy to a failed attempt (docs/reliability.md) and tells whether the article is now FAILED.
     * Unextractable text fails at once; a delivery entity-service refuses fails after
     * {@code max-rejected-attempts} refusals; anything else is retried with backoff; an interrupted attempt is handed
     * back to the queue at once.
     */
    public boolean recordFailure(UUID articleId, AttemptFailure failure) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Delivery delivery = deliveries.findById(articleId);
            StoredArticle article = articles.findById(articleId);
            if (delivery == null || delivery.deliveredAt != null) {
                return false;
            }
            article.failureReason = failure.reason();
            if (failure.kind() == Kind.REJECTED) {
                delivery.rejections++;
            }
            boolean failed = failure.kind() == Kind.UNEXTRACTABLE || (failure.kind() == Kind.REJECTED
                    && delivery.rejections >= config.worker().maxRejectedAttempts());
            if (failed) {
                article.status = ArticleStatus.FAILED;
                article.processedAt = OffsetDateTime.now(ZoneOffset.UTC);
                deliveries.delete(delivery);
                return true;
            }
            delivery.lastError = failure.detail();
            delivery.leasedUntil = null;
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
