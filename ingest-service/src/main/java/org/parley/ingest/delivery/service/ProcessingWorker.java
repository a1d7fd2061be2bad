package org.parley.ingest.delivery.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.parley.ingest.config.IngestConfig;
import org.parley.ingest.delivery.client.DeliveryPayload;
import org.parley.ingest.delivery.client.EntityServiceClient;
import org.parley.ingest.delivery.failure.AttemptFailure;
import org.parley.ingest.extraction.ArticleExtractor;
import org.parley.ingest.extraction.Extraction;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drains the delivery queue: extract each received article once, then deliver the result to entity-service until
 * it acknowledges. Runs on every replica; leases keep them from processing the same article at once.
 */
@ApplicationScoped
public class ProcessingWorker {

    private static final Logger LOG = Logger.getLogger(ProcessingWorker.class);

    private final DeliveryService deliveries;
    private final ArticleExtractor extractor;
    private final EntityServiceClient entityService;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final ExecutorService pool;
    private final int concurrency;
    private final Timer extractionTimer;
    private final AtomicLong queueDepth = new AtomicLong();
    private final AtomicBoolean draining = new AtomicBoolean();

    ProcessingWorker(DeliveryService deliveries, ArticleExtractor extractor, @RestClient EntityServiceClient entityService,
                     ObjectMapper json, MeterRegistry metrics, IngestConfig config) {
        this.deliveries = deliveries;
        this.extractor = extractor;
        this.entityService = entityService;
        this.json = json;
        this.metrics = metrics;
        this.concurrency = config.worker().threads();
        this.pool = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "parley-extraction");
            thread.setDaemon(true);
            return thread;
        });
        this.extractionTimer = Timer.builder("parley.extraction.duration")
                .description("Time to extract actors and engagements from one article")
                .publishPercentileHistogram()
                .register(metrics);
        metrics.gauge("parley.delivery.queue.depth", queueDepth);
    }

    /** Starts draining now rather than at the next poll; called when an article has just been stored. */
    public void wake() {
        CompletableFuture.runAsync(this::drain);
    }

    @Scheduled(every = "${parley.ingest.worker.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drain() {
        if (!extractor.isReady() || !draining.compareAndSet(false, true)) {
            return;
        }
        try {
            // Keep `concurrency` articles in flight, taking the next one as soon as any finishes, so a slow delivery
            // never holds up extraction of the others.
            Semaphore slots = new Semaphore(concurrency);
            while (true) {
                slots.acquireUninterruptibly();
                List<UUID> leased = deliveries.leaseDue(1);
                if (leased.isEmpty()) {
                    slots.release();
                    break;
                }
                try {
                    pool.execute(() -> {
                        try {
                            process(leased.get(0));
                        } finally {
                            slots.release();
                        }
                    });
                } catch (RejectedExecutionException e) {
                    // Shutting down: hand the article back rather than leave it leased.
                    record(leased.get(0), AttemptFailure.ofExtraction(new InterruptedException("worker stopped")));
                    return;
                }
            }
            slots.acquireUninterruptibly(concurrency);
            queueDepth.set(deliveries.pendingCount());
        } finally {
            draining.set(false);
        }
    }

    void process(UUID articleId) {
        try {
            deliveries.startAttempt(articleId).ifPresent(this::attempt);
        } catch (RuntimeException e) {
            // The database failed us while loading or saving the article's state: never a reason to fail the article.
            LOG.warnf("Processing article %s hit a database error, will retry: %s", articleId, e.toString());
            record(articleId, AttemptFailure.database(e));
        }
    }

    private void attempt(DeliveryService.WorkItem item) {
        UUID articleId = item.articleId();
        String extractionJson = item.extractionJson();
        if (extractionJson == null) {
            try {
                Extraction extraction = extractionTimer.recordCallable(() -> extractor.extract(item.text(), item.publishedOn()));
                extractionJson = json.writeValueAsString(
                        DeliveryPayload.of(articleId, item.publishedOn(), item.title(), extraction));
            } catch (Exception e) {
                AttemptFailure failure = AttemptFailure.ofExtraction(e);
                LOG.errorf(e, "Extraction of article %s failed (%s)", articleId, failure.kind());
                record(articleId, failure);
                return;
            }
            deliveries.saveExtraction(articleId, extractionJson);
        }
        DeliveryPayload payload;
        try {
            payload = json.readValue(extractionJson, DeliveryPayload.class);
        } catch (JsonProcessingException e) {
            record(articleId, AttemptFailure.unreadableExtraction(e));
            return;
        }
        try {
            entityService.deliver(articleId, payload);
        } catch (RuntimeException e) {
            AttemptFailure failure = AttemptFailure.ofDelivery(e);
            LOG.warnf("Delivery of article %s failed (%s): %s", articleId, failure.kind(), failure.detail());
            record(articleId, failure);
            return;
        }
        deliveries.markProcessed(articleId);
        metrics.counter("parley.articles.processed").increment();
    }

    /** Records a failed attempt; if even that fails, the lease runs out and the article is taken up again. */
    private void record(UUID articleId, AttemptFailure failure) {
        // A shutdown interrupts this thread; clear the flag so that the database calls below can still run.
        boolean interrupted = Thread.interrupted();
        try {
            boolean failed = deliveries.recordFailure(articleId, failure);
            metrics.counter(failed ? "parley.articles.failed" : "parley.delivery.retries").increment();
        } catch (RuntimeException e) {
            LOG.warnf("Could not record the failed attempt on article %s; its lease will expire: %s", articleId, e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        pool.shutdownNow();
    }
}
