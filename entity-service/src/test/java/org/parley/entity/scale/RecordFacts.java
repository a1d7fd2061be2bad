package org.parley.entity.scale;

import org.parley.entity.common.graphql.Paging;
import org.parley.entity.support.Db;

import java.time.LocalDate;
import java.util.List;

/**
 * The actors and positions the scale queries ask about, looked up in a filled record: the actor in most
 * engagements, the person in most (whose name the search misspells), that actor's most frequent counterpart, an
 * actor in three to six engagements, and the cursor that ends page 199 of 50 (so the next page is page 200).
 */
public record RecordFacts(long heavy, long heavyPerson, String heavyPersonName, long counterpart, long light,
                          String page200Cursor, long engagements) {

    public static RecordFacts of(Db db) {
        long heavy = id(db.column("""
                SELECT actor_id FROM engagement_participant GROUP BY actor_id ORDER BY count(*) DESC, actor_id LIMIT 1"""));
        long heavyPerson = id(db.column("""
                SELECT p.actor_id FROM engagement_participant p JOIN actor a ON a.id = p.actor_id
                WHERE a.kind = 'PERSON' GROUP BY p.actor_id ORDER BY count(*) DESC, p.actor_id LIMIT 1"""));
        String name = (String) db.column("SELECT name FROM actor WHERE id = ?1", heavyPerson).get(0);
        long counterpart = id(db.column("""
                SELECT b.actor_id FROM engagement_participant a JOIN engagement_participant b
                  ON b.engagement_id = a.engagement_id AND b.actor_id <> a.actor_id
                WHERE a.actor_id = ?1 GROUP BY b.actor_id ORDER BY count(*) DESC, b.actor_id LIMIT 1""", heavy));
        long light = id(db.column("""
                SELECT actor_id FROM engagement_participant GROUP BY actor_id HAVING count(*) BETWEEN 3 AND 6
                ORDER BY actor_id LIMIT 1"""));
        Object[] row = (Object[]) db.column(
                "SELECT sort_date, id FROM engagement ORDER BY sort_date DESC, id DESC OFFSET 9949 LIMIT 1").get(0);
        String cursor = Paging.keysetCursor("engagement", LocalDate.parse(row[0].toString()), row[1].toString());
        return new RecordFacts(heavy, heavyPerson, name, counterpart, light, cursor,
                db.count("SELECT count(*) FROM engagement"));
    }

    /** Engagements of an actor. */
    public static long engagementsOf(Db db, long actor) {
        return db.count("SELECT count(*) FROM engagement_participant WHERE actor_id = ?1", actor);
    }

    /** The heavy person's name with the last two letters of the surname swapped (one typo). */
    public String misspeltName() {
        char[] letters = heavyPersonName.toCharArray();
        int last = letters.length - 1;
        char swap = letters[last];
        letters[last] = letters[last - 1];
        letters[last - 1] = swap;
        return new String(letters);
    }

    private static long id(List<Object> column) {
        return ((Number) column.get(0)).longValue();
    }
}
