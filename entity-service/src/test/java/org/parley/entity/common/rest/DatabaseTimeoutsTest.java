package org.parley.entity.common.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.support.Db;
import org.parley.entity.support.Payloads;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.entity.support.Deliveries.deliver;

/**
 * PostgreSQL's statement, lock and idle-in-transaction timeouts are set on every connection of the pool, and what
 * they cut off ends with a clear error instead of a hang: a long query with SQLSTATE 57014, a delivery waiting on a
 * lock with HTTP 503 DATABASE_TIMEOUT (and nothing stored), an idle transaction by closing its session.
 */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
@TestProfile(DatabaseTimeoutsProfile.class)
class DatabaseTimeoutsTest {

    /** "Does not hang": generous against the 1–3 s limits on a loaded machine, below what a hang would take. */
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    DataSource dataSource;

    @Inject
    Db db;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void everyPooledConnectionCarriesTheTimeouts() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertEquals("2s", show(statement, "statement_timeout"));
            assertEquals("1s", show(statement, "lock_timeout"));
            assertEquals("3s", show(statement, "idle_in_transaction_session_timeout"));
        }
    }

    @Test
    void aLongQueryIsCutOffAtTheStatementTimeout() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            SQLException e = assertThrows(SQLException.class, () -> statement.executeQuery("SELECT pg_sleep(60)"));
            assertEquals("57014", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().contains("statement timeout"), e.getMessage());
            assertTrue(elapsed(start).compareTo(BOUND) < 0, "cut off after " + elapsed(start));
        }
    }

    @Test
    void aDeliveryWaitingOnALockAnswers503AndStoresNothingThenSucceeds() throws SQLException {
        Payloads payload = Payloads.article("2024-05-02")
                .country("c1", "Norway", "Norway")
                .country("c2", "Switzerland", "Switzerland")
                .engagement("MEETING", "OCCURRED", "2024-05-01", "2024-05-01", "DAY", "Bern",
                        "Norway and Switzerland met in Bern.", "c1", "c2");
        // a first delivery warms the path up, so that the time measured below is the lock wait's
        deliver(Payloads.article("2024-05-01").country("c1", "Norway", "Norway")).statusCode(200);

        // Another session (outside the pool, so without its timeouts) holds the table every delivery writes first.
        try (Connection holder = DriverManager.getConnection(url, user, password);
             Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("LOCK TABLE processed_article IN ACCESS EXCLUSIVE MODE");

            long start = System.nanoTime();
            deliver(payload)
                    .statusCode(503)
                    .header("Retry-After", "1")
                    .body("error", equalTo("DATABASE_TIMEOUT"))
                    .body("message", equalTo(
                            "The database did not answer in time (statement or lock timeout); try again"));
            assertTrue(elapsed(start).compareTo(BOUND) < 0, "answered after " + elapsed(start));
            holder.rollback();
        }
        assertEquals(0, db.count("SELECT count(*) FROM processed_article WHERE article_id = ?1",
                UUID.fromString(payload.articleId())));

        deliver(payload).statusCode(200).body("duplicate", equalTo(false));
    }

    @Test
    void aTransactionLeftIdleIsEnded() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SELECT 1");
            Thread.sleep(Duration.ofSeconds(5).toMillis());
            SQLException e = assertThrows(SQLException.class, () -> statement.execute("SELECT 1"));
            assertTrue(e.getMessage().contains("idle-in-transaction") || e.getSQLState().startsWith("08"),
                    e.getSQLState() + " " + e.getMessage());
        }
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
