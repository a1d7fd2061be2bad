package org.parley.entity.actor.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.actor.service.ActorJoiner;
import org.parley.entity.engagement.repository.EngagementRepository;
import org.parley.entity.support.Db;

import java.util.List;
import java.util.UUID;

/**
 * actor_pair (V6, what Actor.counterparts reads) stays equal to a GROUP BY of the participations after inserts,
 * deletes, a changed date, a merge of two engagements and a join of two actors.
 */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class ActorPairTest {

    private static final String FROM_PARTICIPATIONS = """
            SELECT p1.actor_id, p2.actor_id, count(*), max(COALESCE(e.date_end, e.date_start))
            FROM engagement_participant p1
            JOIN engagement_participant p2 ON p2.engagement_id = p1.engagement_id AND p2.actor_id <> p1.actor_id
            JOIN engagement e ON e.id = p1.engagement_id GROUP BY p1.actor_id, p2.actor_id""";

    @Inject
    Db db;
    @Inject
    EngagementRepository engagements;
    @Inject
    ActorJoiner joiner;

    @Test
    void pairsEqualTheParticipationsGroupedThroughMergesAndJoins() {
        long a = actor("a"), b = actor("b"), c = actor("c"), d = actor("d");
        long e1 = engagement("2020-01-01"), e2 = engagement("2021-03-01"), e3 = engagement(null);
        long e4 = engagement("2022-06-01"), e5 = engagement("2023-01-01");
        // One statement inserting several participants of one engagement counts each pair once.
        db.execute("""
                INSERT INTO engagement_participant (engagement_id, actor_id) VALUES
                (?1, ?5), (?1, ?6), (?2, ?5), (?2, ?6), (?2, ?7), (?3, ?5), (?3, ?7), (?4, ?6), (?4, ?8)""",
                e1, e2, e3, e4, a, b, c, d);
        db.execute("INSERT INTO engagement_participant (engagement_id, actor_id) VALUES (?1, ?2)", e5, b);
        db.execute("INSERT INTO engagement_participant (engagement_id, actor_id) VALUES (?1, ?2)", e5, c);
        assertPairsExact();
        assertEquals("2 2021-03-01", pair(a, b));
        assertEquals("2 2021-03-01", pair(a, c)); // e3 has no date

        // The pair's last engagement moves earlier: its last date is read again.
        db.execute("UPDATE engagement SET date_start = date '2019-01-01', date_end = date '2019-01-01',"
                + " sort_date = date '2019-01-01' WHERE id = ?1", e2);
        assertPairsExact();
        assertEquals("2 2020-01-01", pair(a, b));

        // A merge: e4 {b, d} into e1 {a, b}.
        QuarkusTransaction.requiringNew().run(() -> engagements.absorb(e4, e1));
        assertPairsExact();
        assertEquals("1 2020-01-01", pair(a, d));
        assertEquals("1 2020-01-01", pair(b, d)); // e4 is gone

        QuarkusTransaction.requiringNew().run(() -> engagements.removeParticipant(e2, c));
        assertPairsExact();
        assertEquals("1 -", pair(a, c)); // only e3 is left, undated

        // A join: b, in e1 and e2 with a and in e5 with c, becomes a.
        QuarkusTransaction.requiringNew().run(() -> joiner.join(a, b, UUID.randomUUID(), "TEST", "actor pair test"));
        assertPairsExact();
        assertEquals(0, db.count("SELECT count(*) FROM actor_pair WHERE ?1 IN (actor_id, counterpart_id)", b));
        assertEquals("2 2023-01-01", pair(a, c));
        assertEquals("1 2020-01-01", pair(a, d));
    }

    private void assertPairsExact() {
        List<Object> diff = db.column("SELECT CAST(d AS text) FROM ((TABLE actor_pair EXCEPT " + FROM_PARTICIPATIONS
                + ") UNION ALL (" + FROM_PARTICIPATIONS + " EXCEPT TABLE actor_pair)) d");
        assertEquals(List.of(), diff, "actor_pair rows that differ from the participations");
    }

    private String pair(long actor, long counterpart) {
        return db.column("SELECT engagement_count || ' ' || COALESCE(CAST(last_date AS text), '-') FROM actor_pair"
                + " WHERE actor_id = ?1 AND counterpart_id = ?2", actor, counterpart).get(0).toString();
    }

    private long actor(String name) {
        return id("INSERT INTO actor (kind, name, match_key) VALUES ('COUNTRY', ?1, ?2) RETURNING id",
                "Pairland " + name, "pair-test-" + name + "-" + UUID.randomUUID());
    }

    private long engagement(String day) {
        String date = day == null ? "NULL" : "date '" + day + "'";
        return id("""
                INSERT INTO engagement (type, status, date_start, date_end, date_precision, sort_date)
                VALUES ('MEETING', 'OCCURRED', %1$s, %1$s, '%2$s', COALESCE(%1$s, date '2000-01-01')) RETURNING id"""
                .formatted(date, day == null ? "UNKNOWN" : "DAY"));
    }

    private long id(String insertReturningId, Object... params) {
        return ((Number) db.column(insertReturningId, params).get(0)).longValue();
    }
}
