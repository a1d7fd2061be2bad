package org.parley.ingest.delivery.lease;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Short leases and time limit, so that tests can outlast them, and one worker thread, so that a stuck article would
 * stop everything if it kept its slot. The CoreNLP models are not loaded: these tests use a stand-in extractor.
 */
public class LeaseProfile implements QuarkusTestProfile {

    static final int LEASE_SECONDS = 3;
    static final int TIME_LIMIT_SECONDS = 12;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "parley.ingest.worker.lease", "PT" + LEASE_SECONDS + "S",
                "parley.ingest.worker.extraction-time-limit", "PT" + TIME_LIMIT_SECONDS + "S",
                "parley.ingest.worker.threads", "1",
                "parley.extraction.load-at-startup", "false");
    }
}
