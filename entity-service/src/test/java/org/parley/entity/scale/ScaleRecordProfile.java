package org.parley.entity.scale;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Its own application start, so its own fresh embedded PostgreSQL: the synthetic record needs empty tables. */
public class ScaleRecordProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.hibernate-orm.statistics", "true");
    }
}
