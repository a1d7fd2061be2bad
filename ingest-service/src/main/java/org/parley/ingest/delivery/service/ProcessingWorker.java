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
import org.parley.ingest.extraction.ArticleExtractor;
import org.parley.ingest.extraction.Extraction;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
                pool.execute(() -> {
                    try {
                        process(leased.get(0));
                    } finally {
                        slots.release();
                    }
                });
            }
            slots.acquireUninterruptibly(concurrency);
            queueDepth.set(deliveries.pendingCount());
        } finally {
            draining.set(false);
        }
    }

    void process(UUID articleId) {
        deliveries.load(articleId).ifPresent(item -> {
            String extractionJson = item.extractionJson();
            if (extractionJson == null) {
                try {
                    Extraction extraction = extractionTimer.recordCallable(() -> extractor.extract(item.text(), item.publishedOn()));
                    extractionJson = json.writeValueAsString(
                            DeliveryPayload.of(articleId, item.publishedOn(), item.title(), extraction));
                    deliveries.saveExtraction(articleId, extractionJson);
                } catch (Exception e) {
                    LOG.errorf(e, "Extraction failed for article %s", articleId);
                    deliveries.markFailed(articleId, "Extraction failed: " + e);
                    metrics.counter("parley.articles.failed").increment();
                    return;
                }
            }
            deliver(articleId, extractionJson);
        });
    }

    private void deliver(UUID articleId, String extractionJson) {
        try {
            entityService.deliver(articleId, json.readValue(extractionJson, DeliveryPayload.class));
            deliveries.markProcessed(articleId);
            metrics.counter("parley.articles.processed").increment();
        } catch (JsonProcessingException e) {
            deliveries.markFailed(articleId, "Stored extraction unreadable: " + e.getMessage());
            metrics.counter("parley.articles.failed").increment();
        } catch (RuntimeException e) {
            LOG.warnf("Delivery of article %s failed, will retry: %s", articleId, e.toString());
            deliveries.scheduleRetry(articleId, e.toString());
            metrics.counter("parley.delivery.retries").increment();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        pool.shutdownNow();
    }
}
