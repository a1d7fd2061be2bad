package org.parley.ingest.delivery.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.parley.ingest.article.model.StoredArticle;
import org.parley.ingest.article.model.ArticleStatus;
import org.parley.ingest.article.repository.ArticleRepository;
import org.parley.ingest.config.IngestConfig;
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

    /** What the worker needs to process one article, or empty if it was processed meanwhile. */
    public Optional<WorkItem> load(UUID articleId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Delivery delivery = deliveries.findById(articleId);
            if (delivery == null || delivery.deliveredAt != null) {
                return Optional.empty();
            }
            StoredArticle article = articles.findById(articleId);
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
        });
    }

    /** Extraction failed for good: the article is FAILED and leaves the queue. */
    public void markFailed(UUID articleId, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            StoredArticle article = articles.findById(articleId);
            article.status = ArticleStatus.FAILED;
            article.failureReason = reason;
            article.processedAt = OffsetDateTime.now(ZoneOffset.UTC);
            deliveries.deleteById(articleId);
        });
    }

    /** Delivery failed this time: try again after an exponential backoff. */
    public void scheduleRetry(UUID articleId, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            Delivery delivery = deliveries.findById(articleId);
            delivery.attempts++;
            delivery.lastError = error;
            delivery.leasedUntil = null;
            delivery.nextAttemptAt = OffsetDateTime.now(ZoneOffset.UTC).plus(backoff(delivery.attempts));
        });
    }

    public long pendingCount() {
        return QuarkusTransaction.requiringNew().call(deliveries::countPending);
    }

    Duration backoff(int attempts) {
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
