package org.parley.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Typed configuration under {@code parley.ingest}. */
@ConfigMapping(prefix = "parley.ingest")
public interface IngestConfig {

    Worker worker();

    /** {@code parley.ingest.worker.*}: the background processing of received articles. */
    interface Worker {

        /**
         * {@code parley.ingest.worker.threads}: articles in flight at once. Extraction is CPU bound and delivery waits
         * on entity-service, so about twice the cores keeps the CPU busy.
         */
        @WithDefault("4")
        int threads();

        /** {@code parley.ingest.worker.poll-interval}: how often an idle worker looks for due deliveries. */
        @WithDefault("1s")
        Duration pollInterval();

        /**
         * {@code parley.ingest.worker.lease}: how long a claim on an article lasts without renewal. The replica working
         * on it renews it every third of this (the heartbeat), so only a replica that stopped (crashed, frozen, cut
         * off from the database) loses it; another replica takes the article up once it runs out.
         */
        @WithDefault("PT1M")
        Duration lease();

        /**
         * {@code parley.ingest.worker.extraction-time-limit}: the longest one article's extraction may run. An article
         * over it becomes FAILED ("Extraction took longer than the limit …") and its slot goes to the next article at
         * once, even if the extraction thread does not stop when interrupted.
         */
        @WithDefault("PT2M")
        Duration extractionTimeLimit();

        /** {@code parley.ingest.worker.initial-backoff}: wait before the first retry of a failed delivery. */
        @WithDefault("PT1S")
        Duration initialBackoff();

        /** {@code parley.ingest.worker.max-backoff}: the longest wait between delivery retries. */
        @WithDefault("PT30S")
        Duration maxBackoff();

        /**
         * {@code parley.ingest.worker.max-rejected-attempts}: how many times entity-service may refuse an article's
         * delivery with a 4xx (other than 408, 425, 429) before the article becomes FAILED. More than one tolerates a
         * rolling upgrade in which a newer ingest briefly talks to an older entity-service; transient failures
         * (5xx, refused connections, timeouts) are retried without bound and do not count here.
         */
        @WithDefault("3")
        int maxRejectedAttempts();
    }
}
