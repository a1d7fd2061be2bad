package org.parley.entity.common.rest;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Timeouts short enough for a test to outlast them. */
public class DatabaseTimeoutsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "parley.db.statement-timeout", "2s",
                "parley.db.lock-timeout", "1s",
                "parley.db.idle-in-transaction-timeout", "3s");
    }
}
