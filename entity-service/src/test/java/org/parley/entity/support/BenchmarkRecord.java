package org.parley.entity.support;

import static org.parley.entity.support.Deliveries.deliver;

/**
 * A large record for benchmarks, written by SQL: one delivered article with two people, then {@code rows} meetings
 * between them dated over 9000 days from 2000-01-01, each with both as participants and one evidence sentence.
 */
public final class BenchmarkRecord {

    /** The two people every engagement is between. */
    public record Parties(long first, long second) {
    }

    private BenchmarkRecord() {
    }

    /** Fills the record and returns the ids of its two people. */
    public static Parties fill(Db db, int rows) {
        Payloads article = Payloads.article("2020-01-01").country("jp", "Japan").country("in", "India")
                .person("a", "Hiro Benchmarkson", "Foreign Minister", "jp", "Benchmarkson")
                .person("b", "Anil Benchmarkar", "External Affairs Minister", "in", "Benchmarkar")
                .engagement("CALL", "OCCURRED", "2019-12-31", null, "DAY", null, "A phoned B.", "a", "b");
        deliver(article).statusCode(200);
        long a = ((Number) db.column("SELECT id FROM actor WHERE name = 'Hiro Benchmarkson'").get(0)).longValue();
        long b = ((Number) db.column("SELECT id FROM actor WHERE name = 'Anil Benchmarkar'").get(0)).longValue();
        db.execute("""
                INSERT INTO engagement (type, status, date_start, date_end, date_precision, location, sort_date,
                                        first_reported_on, last_reported_on)
                SELECT 'MEETING', 'OCCURRED', d, d, 'DAY', 'Geneva', d, d, d
                FROM (SELECT date '2000-01-01' + (g % 9000) AS d FROM generate_series(1, ?1) g) days""", rows);
        db.execute("""
                INSERT INTO engagement_participant (engagement_id, actor_id)
                SELECT e.id, p.actor FROM engagement e CROSS JOIN (VALUES (?1), (?2)) p(actor)
                WHERE NOT EXISTS (SELECT 1 FROM engagement_participant x WHERE x.engagement_id = e.id)""", a, b);
        db.execute("""
                INSERT INTO evidence (engagement_id, article_id, published_on, sentence, start_offset, end_offset)
                SELECT e.id, CAST(?1 AS uuid), e.sort_date, 'A met B in Geneva.', 0, 18 FROM engagement e
                WHERE NOT EXISTS (SELECT 1 FROM evidence x WHERE x.engagement_id = e.id)""", article.articleId());
        db.execute("ANALYZE");
        return new Parties(a, b);
    }
}
