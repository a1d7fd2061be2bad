package org.parley.ingest.article.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
import org.parley.ingest.article.api.ArticleInput;
import org.parley.ingest.article.api.ArticleNotFoundException;
import org.parley.ingest.article.api.InvalidRequestException;
import org.parley.ingest.article.graphql.ArticleNode;
import org.parley.ingest.article.model.StoredArticle;
import org.parley.ingest.article.model.ArticleStatus;
import org.parley.ingest.article.repository.ArticleRepository;
import org.parley.ingest.delivery.model.Delivery;
import org.parley.ingest.delivery.repository.DeliveryRepository;
import org.parley.ingest.delivery.service.ProcessingWorker;
import org.parley.ingest.normalise.ArticleNormaliser;
import org.parley.ingest.normalise.NormalisedArticle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Accepts articles: normalise, store once per story, and queue for processing in the same transaction. */
@ApplicationScoped
public class ArticleService {

    public static final int MAX_PAGE_SIZE = 100;

    private final ArticleNormaliser normaliser;
    private final ArticleRepository articles;
    private final DeliveryRepository deliveries;
    private final MeterRegistry metrics;
    private final ProcessingWorker worker;

    ArticleService(ArticleNormaliser normaliser, ArticleRepository articles, DeliveryRepository deliveries,
                   MeterRegistry metrics, ProcessingWorker worker) {
        this.normaliser = normaliser;
        this.articles = articles;
        this.deliveries = deliveries;
        this.metrics = metrics;
        this.worker = worker;
    }

    /**
     * Stores the article durably and queues it; throws {@link org.parley.ingest.normalise.ArticleRejectedException}
     * for input that is not a news story, storing nothing.
     */
    public ArticleSubmission submit(ArticleInput input) {
        ArticleInputCheck.check(input);
        NormalisedArticle normalised = normaliser.normalise(input.text(), input.publishedOn());
        String contentHash = sha256(normalised.text());
        try {
            ArticleSubmission submission = QuarkusTransaction.requiringNew()
                    .call(() -> storeUnlessPresent(input, normalised, contentHash));
            if (submission.created()) {
                worker.wake();
            }
            return submission;
        } catch (PersistenceException e) {
            if (!(e.getCause() instanceof ConstraintViolationException)) {
                throw e;
            }
            // A concurrent request stored the same story between our lookup and insert.
            return QuarkusTransaction.requiringNew().call(() -> new ArticleSubmission(
                    articles.findByContentHash(contentHash).orElseThrow(() -> e), false));
        }
    }

    private ArticleSubmission storeUnlessPresent(ArticleInput input, NormalisedArticle normalised, String contentHash) {
        Optional<StoredArticle> existing = articles.findByContentHash(contentHash);
        if (existing.isPresent()) {
            return new ArticleSubmission(existing.get(), false);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        StoredArticle article = new StoredArticle();
        article.id = UUID.randomUUID();
        article.rawText = input.text();
        article.text = normalised.text();
        article.contentHash = contentHash;
        article.title = input.title() != null && !input.title().isBlank() ? input.title().strip() : normalised.title();
        article.source = input.source();
        article.url = input.url();
        article.publishedOn = normalised.publishedOn();
        article.publishedOnSource = normalised.publishedOnSource();
        article.status = ArticleStatus.RECEIVED;
        article.receivedAt = now;
        articles.persist(article);

        Delivery delivery = new Delivery();
        delivery.articleId = article.id;
        delivery.nextAttemptAt = now;
        deliveries.persist(delivery);
        articles.flush();
        metrics.counter("parley.articles.received").increment();
        return new ArticleSubmission(article, true);
    }

    /**
     * Puts a FAILED article back to RECEIVED with a fresh delivery round, so that it is extracted and delivered again
     * (a retry follows a fix in the extractor or in entity-service, so nothing of the failed round is reused).
     */
    public StoredArticle retry(UUID id) {
        StoredArticle article = QuarkusTransaction.requiringNew().call(() -> {
            StoredArticle failed = articles.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> new ArticleNotFoundException(id.toString()));
            if (failed.status != ArticleStatus.FAILED) {
                throw new InvalidRequestException("Article " + id + " is " + failed.status
                        + "; only a FAILED article can be retried");
            }
            failed.status = ArticleStatus.RECEIVED;
            failed.processedAt = null;
            Delivery stale = deliveries.findById(id);
            if (stale != null) {
                deliveries.delete(stale);
                deliveries.flush();
            }
            Delivery delivery = new Delivery();
            delivery.articleId = id;
            delivery.nextAttemptAt = OffsetDateTime.now(ZoneOffset.UTC);
            deliveries.persist(delivery);
            return failed;
        });
        metrics.counter("parley.articles.retried").increment();
        worker.wake();
        return article;
    }

    public Optional<StoredArticle> find(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> articles.findByIdOptional(id));
    }

    /** The articles with these ids, without their texts, in no particular order. */
    public List<ArticleNode> nodes(List<UUID> ids) {
        return QuarkusTransaction.joiningExisting().call(() -> articles.nodes(ids));
    }

    /** The normalised text of each article, by id. */
    public Map<UUID, String> texts(List<UUID> ids) {
        return QuarkusTransaction.joiningExisting().call(() -> articles.texts(ids));
    }

    /** The page of {@code first} articles after the cursor (null: from the newest). */
    public ArticlePage page(int first, String afterCursor) {
        if (first < 0 || first > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("first must be between 0 and " + MAX_PAGE_SIZE + ", was " + first);
        }
        ArticleCursor after = afterCursor == null ? null : decodeCursor(afterCursor);
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<ArticleNode> rows = after == null
                    ? articles.page(first + 1, null, null)
                    : articles.page(first + 1, after.receivedAt(), after.id());
            boolean more = rows.size() > first;
            return new ArticlePage(more ? rows.subList(0, first) : rows, more, articles.count());
        });
    }

    private static ArticleCursor decodeCursor(String cursor) {
        try {
            return ArticleCursor.decode(cursor);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
