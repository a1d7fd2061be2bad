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
import org.parley.ingest.delivery.lease.HeldLease;
import org.parley.ingest.delivery.lease.Lease;
import org.parley.ingest.delivery.lease.LeaseKeeper;
import org.parley.ingest.extraction.ArticleExtractor;
import org.parley.ingest.extraction.Extraction;

import java.time.Duration;
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
 * it acknowledges. Runs on every replica; leases, renewed while an article is worked on, keep them from processing the
 * same article at once (docs/reliability.md).
 */
@ApplicationScoped
public class ProcessingWorker {

    private static final Logger LOG = Logger.getLogger(ProcessingWorker.class);

    private final DeliveryService deliveries;
    private final ArticleExtractor extractor;
    private final EntityServiceClient entityService;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final LeaseKeeper leases;
    private final ExecutorService pool;
    private final Semaphore slots;
    private final Duration timeLimit;
    private final Timer extractionTimer;
    private final AtomicLong queueDepth = new AtomicLong();
    private final AtomicBoolean draining = new AtomicBoolean();

    ProcessingWorker(DeliveryService deliveries, LeaseKeeper leases, ArticleExtractor extractor,
                     @RestClient EntityServiceClient entityService, ObjectMapper json, MeterRegistry metrics,
                     IngestConfig config) {
        this.deliveries = deliveries;
        this.leases = leases;
        this.extractor = extractor;
        this.entityService = entityService;
        this.json = json;
        this.metrics = metrics;
        this.timeLimit = config.worker().extractionTimeLimit();
        this.slots = new Semaphore(config.worker().threads());
        // Threads are made as needed: `slots` bounds the articles in flight, and an extraction stopped at its time
        // limit gives up its slot at once even if its thread runs on for a while (CoreNLP checks interruption only
        // between steps), so a slow article never keeps the worker from taking the next one.
        this.pool = Executors.newCachedThreadPool(runnable -> {
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
            // Take the next article as soon as a slot is free; never wait for the articles in flight to finish, so
            // one slow article never holds up articles that arrive while it is being worked on.
            while (true) {
                slots.acquireUninterruptibly();
                List<Lease> leased = deliveries.leaseDue(1);
                if (leased.isEmpty()) {
                    slots.release();
                    break;
                }
                HeldLease held = leases.hold(leased.get(0), slots::release,
                        lease -> record(lease, AttemptFailure.timedOut(timeLimit)));
                try {
                    pool.execute(() -> {
                        held.runsOn(Thread.currentThread());
                        try {
                            process(held);
                        } finally {
                            held.done();
                        }
                    });
                } catch (RejectedExecutionException e) {
                    // Shutting down: hand the article back rather than leave it leased.
                    record(held.lease(), AttemptFailure.ofExtraction(new InterruptedException("worker stopped")));
                    held.done();
                    return;
                }
            }
            queueDepth.set(deliveries.pendingCount());
        } finally {
            draining.set(false);
        }
    }

    void process(HeldLease held) {
        try {
            deliveries.startAttempt(held.lease()).ifPresent(item -> attempt(held, item));
        } catch (RuntimeException e) {
            // The database failed us while loading or saving the article's state: never a reason to fail the article.
            LOG.warnf("Processing article %s hit a database error, will retry: %s", held.lease().articleId(), e.toString());
            recordUnlessReleased(held, AttemptFailure.database(e));
        }
    }

    private void attempt(HeldLease held, DeliveryService.WorkItem item) {
        UUID articleId = item.articleId();
        String extractionJson = item.extractionJson();
        if (extractionJson == null) {
            held.startClock(timeLimit);
            Extraction extraction;
            try {
                extraction = extractionTimer.recordCallable(() -> extractor.extract(item.text(), item.publishedOn()));
            } catch (Exception e) {
                if (held.stopClock()) {
                    AttemptFailure failure = AttemptFailure.ofExtraction(e);
                    LOG.errorf(e, "Extraction of article %s failed (%s)", articleId, failure.kind());
                    record(held.lease(), failure);
                }
                return;
            }
            if (!held.stopClock()) {
                return; // over the time limit: the article was failed for it
            }
            try {
                extractionJson = json.writeValueAsString(
                        DeliveryPayload.of(articleId, item.publishedOn(), item.title(), extraction));
            } catch (JsonProcessingException e) {
                recordUnlessReleased(held, AttemptFailure.ofExtraction(e));
                return;
            }
            if (!deliveries.saveExtraction(held.lease(), extractionJson)) {
                return;
            }
        }
        DeliveryPayload payload;
        try {
            payload = json.readValue(extractionJson, DeliveryPayload.class);
        } catch (JsonProcessingException e) {
            recordUnlessReleased(held, AttemptFailure.unreadableExtraction(e));
            return;
        }
        try {
            entityService.deliver(articleId, payload);
        } catch (RuntimeException e) {
            AttemptFailure failure = AttemptFailure.ofDelivery(e);
            LOG.warnf("Delivery of article %s failed (%s): %s", articleId, failure.kind(), failure.detail());
            recordUnlessReleased(held, failure);
            return;
        }
        // Delivery is idempotent, so even a holder that lost its lease by now did no harm by delivering.
        if (deliveries.markProcessed(held.lease())) {
            metrics.counter("parley.articles.processed").increment();
        }
    }

    /**
     * Records a failed attempt, unless the keeper already let go of the article (its lease was lost, or it ran past the
     * time limit and was failed for that): then the interruption that ended this attempt is not its reason.
     */
    private void recordUnlessReleased(HeldLease held, AttemptFailure failure) {
        if (!held.isReleased()) {
            record(held.lease(), failure);
        }
    }

    /** Records a failed attempt; if even that fails, the lease runs out and the article is taken up again. */
    private void record(Lease lease, AttemptFailure failure) {
        // A shutdown interrupts this thread; clear the flag so that the database calls below can still run.
        boolean interrupted = Thread.interrupted();
        try {
            boolean failed = deliveries.recordFailure(lease, failure);
            metrics.counter(failed ? "parley.articles.failed" : "parley.delivery.retries").increment();
        } catch (RuntimeException e) {
            LOG.warnf("Could not record the failed attempt on article %s; its lease will expire: %s",
                    lease.articleId(), e);
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
