package org.parley.ingest.config;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ingest-service's pool carries PostgreSQL's statement, lock and idle-in-transaction timeouts of
 * application.properties (entity-service's DatabaseTimeoutsTest shows what each cuts off), and a statement past the
 * limit fails with SQLSTATE 57014 rather than holding its connection.
 */
@QuarkusTest
class DatabaseTimeoutsTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyPooledConnectionCarriesTheTimeouts() throws SQLException {
        // more connections than one, so that a setting made on the first alone would show
        Connection[] connections = new Connection[3];
        try {
            for (int i = 0; i < connections.length; i++) {
                connections[i] = dataSource.getConnection();
                try (Statement statement = connections[i].createStatement()) {
                    assertEquals("15s", show(statement, "statement_timeout"));
                    assertEquals("10s", show(statement, "lock_timeout"));
                    assertEquals("1min", show(statement, "idle_in_transaction_session_timeout"));
                }
            }
        } finally {
            for (Connection connection : connections) {
                if (connection != null) {
                    connection.close();
                }
            }
        }
    }

    @Test
    void aStatementPastTheTimeoutFails() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            SQLException e = assertThrows(SQLException.class, () -> statement.executeQuery("SELECT pg_sleep(60)"));
            assertEquals("57014", e.getSQLState(), e.getMessage());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(Duration.ofSeconds(45)) < 0, "cut off after " + took);
        }
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SHOW " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
