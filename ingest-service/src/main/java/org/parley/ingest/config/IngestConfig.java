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

        /** {@code parley.ingest.worker.lease}: how long a replica owns an article it is processing. */
        @WithDefault("PT5M")
        Duration lease();

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
