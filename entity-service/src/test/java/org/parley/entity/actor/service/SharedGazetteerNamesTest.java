package org.parley.entity.actor.service;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.support.Db;
import org.parley.entity.support.Payloads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.entity.support.Deliveries.deliver;

/** Organisations go by the shared gazetteer's names, and records stored under the former long names are renamed. */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class SharedGazetteerNamesTest {

    @Inject
    Db db;

    private static String migration() throws IOException {
        try (InputStream in = SharedGazetteerNamesTest.class
                .getResourceAsStream("/db/migration/V4__shared_gazetteer_names.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aRecordUnderTheFormerLongNameTakesTheSharedNameAndNewDeliveriesFindIt() throws IOException {
        db.execute("INSERT INTO actor (kind, name, match_key) VALUES ('ORGANIZATION', "
                + "'Organization for Security and Co-operation in Europe', "
                + "'organization for security and co operation in europe')");
        long before = db.count("SELECT id FROM actor WHERE match_key = 'organization for security and co operation in europe'");
        for (String statement : migration().replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                db.execute(statement);
            }
        }
        assertEquals(1, db.count("SELECT count(*) FROM actor WHERE id = ?1 AND name = 'OSCE' AND match_key = 'osce'",
                before));
        long delivered = ((Number) deliver(Payloads.article("2024-06-01").actor("o",
                "Organization for Security and Cooperation in Europe", "ORGANIZATION", null, null))
                .statusCode(200).extract().path("actorIds[0]")).longValue();
        assertEquals(before, delivered);
    }
}
