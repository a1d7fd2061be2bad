package org.parley.entity.actor.service;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.support.Db;
import org.parley.entity.support.Payloads;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.parley.entity.support.Deliveries.deliver;
import static org.parley.entity.support.GraphQL.query;

/**
 * A later article shows two stored records to be one person (issue 12): they are joined with everything they hold,
 * engagements that become one are joined, and records of different people stay apart. Names are made up.
 */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class StoredRecordJoinTest {

    @Inject
    Db db;

    private static long idOf(Payloads payload, int index) {
        return ((Number) deliver(payload).statusCode(200).extract().path("actorIds[" + index + "]")).longValue();
    }

    private long person(String publishedOn, String name, String title, String country) {
        Payloads payload = Payloads.article(publishedOn);
        if (country != null) {
            payload.country("c", country);
        }
        payload.person("p", name, title, country == null ? null : "c", name);
        return idOf(payload, country == null ? 0 : 1);
    }

    private long actors(long id) {
        return db.count("SELECT count(*) FROM actor WHERE id = ?1", id);
    }

    private long joinsLogged(long survivor, String surface, String rule) {
        return db.count("SELECT count(*) FROM merge_log WHERE subject = 'ACTOR' AND subject_id = ?1 AND surface = ?2 "
                + "AND rule = ?3 AND evidence LIKE 'joined stored actor %'", survivor, surface, rule);
    }

    @Test
    void aFullNameArrivingAfterItsSurnameTakesOverTheSurnamesRecordAndItsEngagement() {
        Payloads first = Payloads.article("2024-05-02").country("c", "Occidentia").country("d", "Orientalis")
                .person("p", "Petrovar", "President", "c", "Petrovar")
                .person("q", "Ilse Marchetti", "Prime Minister", "d", "Ilse Marchetti")
                .engagement("MEETING", "OCCURRED", "2024-05-01", null, "DAY", "Lisbon",
                        "Petrovar met Marchetti in Lisbon on Wednesday.", "p", "q")
                .quote("We agreed on the border", "p", 400, "2024-05-01");
        long surname = idOf(first, 3);
        long marchetti = idOf(Payloads.article("2024-05-02").person("q", "Ilse Marchetti", null, null), 0);

        Payloads second = Payloads.article("2024-05-03").country("c", "Occidentia").country("d", "Orientalis")
                .person("p", "Gustavo Petrovar", "President", "c", "Gustavo Petrovar")
                .person("q", "Ilse Marchetti", "Prime Minister", "d", "Ilse Marchetti")
                .engagement("MEETING", "OCCURRED", "2024-05-01", null, "DAY", null,
                        "Gustavo Petrovar and Ilse Marchetti met on May 1.", "p", "q");
        long full = idOf(second, 2);

        assertNotEquals(surname, full);
        assertEquals(0, actors(surname), "the surname's record is gone");
        assertEquals(1, joinsLogged(full, "Petrovar", ActorResolver.SURNAME_WITH_CONTEXT));
        assertEquals(1, db.count("SELECT count(*) FROM quote WHERE speaker_id = ?1", full));
        assertEquals(2, db.count("SELECT count(*) FROM actor_office WHERE actor_id = ?1", full));
        assertEquals(2, db.count("SELECT count(*) FROM article_actor WHERE actor_id = ?1", full));
        assertEquals(0, db.count("SELECT count(*) FROM actor_alias WHERE actor_id = ?1", surname));
        query("""
                query($id: ID!) { actor(id: $id) { name aliases engagements(first: 10) { totalCount nodes {
                    location articleCount evidence { sentence } } } } }""", Map.of("id", Long.toString(full)))
                .body("data.actor.name", equalTo("Gustavo Petrovar"))
                .body("data.actor.aliases", containsInAnyOrder("Petrovar", "Gustavo Petrovar"))
                .body("data.actor.engagements.totalCount", equalTo(1))
                .body("data.actor.engagements.nodes[0].location", equalTo("Lisbon"))
                .body("data.actor.engagements.nodes[0].articleCount", equalTo(2));
        assertEquals(1, db.count("SELECT count(DISTINCT engagement_id) FROM engagement_participant WHERE actor_id = ?1",
                marchetti), "the other party has one engagement left too");
        query("""
                query($id: ID!) { actor(id: $id) { name } }""", Map.of("id", Long.toString(surname)))
                .body("data.actor", nullValue());
    }

    private static Payloads meetingWithMarchetti(String publishedOn, String name) {
        return Payloads.article(publishedOn).country("c", "Terra Brasilis")
                .person("p", name, "President", "c", name)
                .person("q", "Ilse Marchetti", null, null, "Ilse Marchetti")
                .engagement("MEETING", "OCCURRED", "2024-04-30", null, "DAY", null,
                        name + " met Ilse Marchetti on April 30.", "p", "q");
    }

    @Test
    void theFullIberianNameJoinsTheTwoShorterFormsKnownApartAndTheirEngagements() {
        long given = idOf(meetingWithMarchetti("2024-05-01", "Luizinho Inácio Lulão"), 1);
        long surnames = idOf(meetingWithMarchetti("2024-05-02", "Lulão da Silveira"), 1);
        assertNotEquals(given, surnames, "neither short form holds the other");
        assertEquals(2, db.count("SELECT count(*) FROM engagement_participant WHERE actor_id IN (?1, ?2)",
                given, surnames), "so their meetings are two");

        long full = person("2024-05-03", "Luizinho Inácio Lulão da Silveira", "President", "Terra Brasilis");
        assertEquals(given, full, "the oldest record stays");
        assertEquals(0, actors(surnames));
        assertEquals(1, joinsLogged(given, "Lulão da Silveira", ActorResolver.NAME_PART_SUBSET));
        List<Object> engagements = db.column("SELECT engagement_id FROM engagement_participant WHERE actor_id = ?1",
                given);
        assertEquals(1, engagements.size(), "the two meetings are one");
        assertEquals(2, db.count("SELECT count(*) FROM evidence WHERE engagement_id = ?1", engagements.get(0)));
        assertEquals(1, db.count("""
                SELECT count(*) FROM merge_log WHERE subject = 'ENGAGEMENT' AND subject_id = ?1
                AND rule = 'SAME_PARTIES_AFTER_ACTOR_JOIN'""", engagements.get(0)));
        query("""
                query($id: ID!) { actor(id: $id) { name aliases } }""", Map.of("id", Long.toString(given)))
                .body("data.actor.name", equalTo("Luizinho Inácio Lulão da Silveira"))
                .body("data.actor.aliases", containsInAnyOrder("Luizinho Inácio Lulão", "Lulão da Silveira",
                        "Luizinho Inácio Lulão da Silveira"));
        assertEquals(given, person("2024-05-04", "Lulão da Silveira", null, null));
        assertEquals(given, person("2024-05-04", "Luizinho Inácio Lulão", null, null));
        assertEquals(given, person("2024-05-05", "Lulão", null, null));
    }

    @Test
    void aStoredTypoOfTheSurnameJoinsWhenItsContextAgrees() {
        long typo = person("2024-05-01", "Obersaler", "Finance Minister", "Alpinia");
        long full = person("2024-05-02", "Konrad Oberstaler", "Finance Minister", "Alpinia");
        assertEquals(0, actors(typo));
        assertEquals(1, joinsLogged(full, "Obersaler", ActorResolver.SURNAME_TYPO));
    }

    @Test
    void aStoredSurnameThatFitsTwoPeopleOrAnotherCountryStaysApart() {
        long lone = person("2024-05-01", "Wexford", null, "Arcadia Minor");
        Payloads both = Payloads.article("2024-05-02").country("c", "Arcadia Minor")
                .person("d", "Delphine Wexford", "Senator", "c", "Delphine Wexford")
                .person("o", "Oswin Wexford", "Governor", "c", "Oswin Wexford");
        long delphine = idOf(both, 1);
        assertEquals(1, actors(lone), "a surname that fits two known people joins neither");
        assertEquals(delphine, person("2024-05-03", "Delphine Wexford", "Senator", "Arcadia Minor"));
        assertEquals(1, actors(lone));

        long other = person("2024-05-01", "Tarrantino", "Foreign Minister", "Hesperia Major");
        long miles = person("2024-05-02", "Miles Tarrantino", "Foreign Minister", "Arcadia Minor");
        assertEquals(1, actors(other), "another country's Tarrantino");
        assertEquals(0, db.count("SELECT count(*) FROM merge_log WHERE subject_id = ?1 AND evidence LIKE 'joined%'",
                miles));
    }

    @Test
    void namesSharingOnlyASurnameOrAGivenNameAreNotJoinedByALongerName() {
        long marisa = person("2024-05-01", "Marisa Calvanho", null, "Lusitania Nova");
        long joana = person("2024-05-02", "Joana Calvanho", null, "Lusitania Nova");
        long both = person("2024-05-03", "Marisa Joana Calvanho", null, "Lusitania Nova");
        assertEquals(3, List.of(marisa, joana, both).stream().distinct().count());
        assertEquals(1, actors(marisa));
        assertEquals(1, actors(joana));

        long paulo = person("2024-05-01", "Paulo Teixeirão", null, "Lusitania Nova");
        long pauloOther = person("2024-05-02", "Paulo Barrancos", null, "Lusitania Nova");
        person("2024-05-03", "Paulo Teixeirão Barrancos", null, "Lusitania Nova");
        assertEquals(1, actors(paulo));
        assertEquals(1, actors(pauloOther));
    }
}
