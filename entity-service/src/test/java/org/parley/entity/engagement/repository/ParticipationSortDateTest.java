package org.parley.entity.engagement.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.support.Db;

/**
 * A participation carries its engagement's sort_date (V5, the index an actor's engagements are read from): the
 * triggers set it on insert, follow a change of the engagement's date, and a participation moved to another
 * engagement (a merge) takes that one's.
 */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class ParticipationSortDateTest {

    @Inject
    Db db;

    @Test
    void participationsFollowTheirEngagementsSortDate() {
        long actor = id("""
                INSERT INTO actor (kind, name, match_key) VALUES ('COUNTRY', 'Sortlandia', 'sortlandia-sort-date-test')
                RETURNING id""");
        long first = engagement("2020-05-01");
        long second = engagement("2021-07-09");
        db.execute("INSERT INTO engagement_participant (engagement_id, actor_id) VALUES (?1, ?2)", first, actor);
        assertEquals("2020-05-01", sortDate(actor));

        db.execute("UPDATE engagement SET date_start = date '2020-06-15', sort_date = date '2020-06-15' WHERE id = ?1",
                first);
        assertEquals("2020-06-15", sortDate(actor));

        db.execute("UPDATE engagement_participant SET engagement_id = ?1 WHERE engagement_id = ?2", second, first);
        assertEquals("2021-07-09", sortDate(actor));
    }

    private long engagement(String day) {
        return id("""
                INSERT INTO engagement (type, status, date_start, date_end, date_precision, sort_date)
                VALUES ('MEETING', 'OCCURRED', date '%1$s', date '%1$s', 'DAY', date '%1$s') RETURNING id""".formatted(day));
    }

    private String sortDate(long actor) {
        return db.column("SELECT CAST(sort_date AS text) FROM engagement_participant WHERE actor_id = ?1", actor)
                .get(0).toString();
    }

    private long id(String insertReturningId) {
        return ((Number) db.column(insertReturningId).get(0)).longValue();
    }
}
