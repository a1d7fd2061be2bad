package org.parley.devpostgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL: the configured server when {@code QUARKUS_DATASOURCE_JDBC_URL}
 * is set, otherwise a fresh embedded one under {@code target/}.
 */
public class LocalPostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private LocalPostgres postgres;

    @Override
    public Map<String, String> start() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return Map.of();
        }
        postgres = LocalPostgres.startFresh(Path.of("target", "embedded-postgres").toAbsolutePath());
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.ensureDatabase("parley_test"),
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", LocalPostgres.PASSWORD);
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
