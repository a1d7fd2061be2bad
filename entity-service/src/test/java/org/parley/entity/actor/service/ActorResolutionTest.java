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

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.entity.support.Deliveries.deliver;
import static org.parley.entity.support.GraphQL.query;

/** Resolution of names to canonical actors across articles, with small payloads of our own. */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class ActorResolutionTest {

    @Inject
    Db db;

    private long actorIdOf(Payloads payload, String ref) {
        int index = 0;
        for (Object actor : (List<?>) payload.body().get("actors")) {
            if (ref.equals(((Map<?, ?>) actor).get("ref"))) {
                break;
            }
            index++;
        }
        return ((Number) deliver(payload).statusCode(200).extract().path("actorIds[" + index + "]")).longValue();
    }

    private long personsNamed(String foldedLike) {
        return db.count("SELECT count(DISTINCT a.id) FROM actor a JOIN actor_alias al ON al.actor_id = a.id "
                + "WHERE a.kind = 'PERSON' AND al.folded LIKE ?1", foldedLike);
    }

    @Test
    void transliterationVariantsOfAFullNameAreOneActor() {
        long sergei = actorIdOf(Payloads.article("2022-02-10").country("c", "Russia")
                .person("p", "Sergei Lavrov", "Foreign Minister", "c"), "p");
        long sergey = actorIdOf(Payloads.article("2022-02-11").country("c", "Russian Federation")
                .person("p", "Sergey Lavrov", "Foreign Minister", "c"), "p");
        assertEquals(sergei, sergey);
        assertEquals(1, personsNamed("%lavrov%"));
        assertEquals(1, db.count("SELECT count(*) FROM merge_log WHERE subject = 'ACTOR' AND subject_id = ?1 "
                + "AND rule = 'TRANSLITERATION_KEY' AND surface = 'Sergey Lavrov'", sergei));
        query("""
                query($id: ID!) { actor(id: $id) { name aliases affiliation { name kind } } }""",
                Map.of("id", Long.toString(sergei)))
                .body("data.actor.name", equalTo("Sergei Lavrov"))
                .body("data.actor.aliases", hasItems("Sergei Lavrov", "Sergey Lavrov"))
                .body("data.actor.affiliation.name", equalTo("Russia"));
    }

    @Test
    void zelenskySpellingsIncludingASurnameWithContextAreOneActor() {
        long a = actorIdOf(Payloads.article("2022-02-10").country("c", "Ukraine")
                .person("p", "Volodymyr Zelensky", "President", "c"), "p");
        long b = actorIdOf(Payloads.article("2022-02-12").country("c", "Ukraine", "Kyiv")
                .person("p", "Volodymyr Zelenskyy", "President", "c"), "p");
        long c = actorIdOf(Payloads.article("2022-02-14").country("c", "Kyiv")
                .person("p", "Zelenskiy", "President", "c"), "p");
        assertEquals(a, b);
        assertEquals(a, c);
        assertEquals(1, db.count("SELECT count(*) FROM merge_log WHERE subject_id = ?1 AND rule = 'SURNAME_WITH_CONTEXT'", a));
    }

    @Test
    void belarusianAndRussianEndingsAndDiacriticsCollapse() {
        long lukashenko = actorIdOf(Payloads.article("2022-02-10").country("c", "Belarus")
                .person("p", "Alexander Lukashenko", "President", "c"), "p");
        long lukashenka = actorIdOf(Payloads.article("2022-02-11").country("c", "Belarus")
                .person("p", "Alexander Lukashenka", "President", "c"), "p");
        assertEquals(lukashenko, lukashenka);

        long accented = actorIdOf(Payloads.article("2022-02-10").country("c", "Turkey")
                .person("p", "Mevlüt Çavuşoğlu", "Foreign Minister", "c"), "p");
        long plain = actorIdOf(Payloads.article("2022-02-11").country("c", "Türkiye")
                .person("p", "Mevlut Cavusoglu", "Foreign Minister", "c"), "p");
        assertEquals(accented, plain);
        assertEquals(1, db.count("SELECT count(*) FROM merge_log WHERE subject_id = ?1 AND rule = 'UNICODE_FOLDING'",
                accented));
    }

    @Test
    void arabicNamesWithArticleVariantsOrAFullNasabAreOneActor() {
        long alSisi = actorIdOf(Payloads.article("2023-05-10").country("c", "Egypt")
                .person("p", "Abdel Fattah al-Sisi", "President", "c"), "p");
        long elSisi = actorIdOf(Payloads.article("2023-05-11").country("c", "Egypt")
                .person("p", "Abdel Fattah El-Sisi", "President", "c"), "p");
        assertEquals(alSisi, elSisi);

        long shortForm = actorIdOf(Payloads.article("2023-05-10").country("c", "Saudi Arabia")
                .person("p", "Mohammed bin Salman", "Crown Prince", "c"), "p");
        long fullForm = actorIdOf(Payloads.article("2023-05-12").country("c", "Saudi Arabia")
                .person("p", "Mohammed bin Salman bin Abdulaziz Al Saud", "Crown Prince", "c"), "p");
        assertEquals(shortForm, fullForm);
        long otherPrince = actorIdOf(Payloads.article("2023-05-12").country("c", "Saudi Arabia")
                .person("p", "Faisal bin Farhan Al Saud", "Foreign Minister", "c"), "p");
        assertNotEquals(shortForm, otherPrince, "sharing the family name Al Saud does not make them one person");
    }

    @Test
    void countryFormsAreOneCountry() {
        long us = actorIdOf(Payloads.article("2022-02-10").country("c", "US"), "c");
        for (String form : List.of("U.S.", "United States", "America", "Washington")) {
            assertEquals(us, actorIdOf(Payloads.article("2022-02-10").country("c", form), "c"), form);
        }
        long nato = actorIdOf(Payloads.article("2022-02-10").actor("o", "Nato", "ORGANIZATION", null, null), "o");
        assertEquals(nato, actorIdOf(Payloads.article("2022-02-10").actor("o", "NATO", "ORGANIZATION", null, null), "o"));
        assertNotEquals(us, nato);
        query("""
                query($id: ID!) { actor(id: $id) { name kind aliases } }""", Map.of("id", Long.toString(us)))
                .body("data.actor.name", equalTo("United States"))
                .body("data.actor.kind", equalTo("COUNTRY"))
                .body("data.actor.aliases", hasItems("US", "U.S.", "America", "Washington"));
    }

    @Test
    void aSurnameResolvesToTheFullNameOfTheSameArticle() {
        Payloads article = Payloads.article("2022-02-10").country("c", "United States")
                .person("p1", "Antonio Blinkerton", "Secretary of State", "c", "Antonio Blinkerton")
                .person("p2", "Blinkerton", null, null, "Blinkerton");
        deliver(article).statusCode(200);
        assertEquals(1, personsNamed("%blinkerton%"));
        assertEquals(1, db.count("SELECT count(*) FROM merge_log WHERE rule = 'SAME_ARTICLE_SURNAME' AND surface = 'Blinkerton'"));
    }

    @Test
    void twoDifferentHarrisesNeverMergeOnTheSurnameAlone() {
        long kamala = actorIdOf(Payloads.article("2022-02-10").country("c", "United States")
                .person("p", "Kamala Harris", "Vice President", "c"), "p");
        long simon = actorIdOf(Payloads.article("2022-02-11").country("c", "Ireland")
                .person("p", "Simon Harris", "Taoiseach", "c"), "p");
        assertNotEquals(kamala, simon);

        long irishHarris = actorIdOf(Payloads.article("2022-02-12").country("c", "Ireland")
                .person("p", "Harris", "Taoiseach", "c"), "p");
        assertEquals(simon, irishHarris, "surname + same affiliation + same title resolves");

        long bareHarris = actorIdOf(Payloads.article("2022-02-13").person("p", "Harris", null, null), "p");
        long otherBareHarris = actorIdOf(Payloads.article("2022-02-14").person("p", "Harris", null, null), "p");
        assertNotEquals(kamala, bareHarris);
        assertNotEquals(simon, bareHarris);
        assertNotEquals(bareHarris, otherBareHarris, "a surname without context never merges across articles");

        long irishOtherTitle = actorIdOf(Payloads.article("2022-02-15").country("c", "Ireland")
                .person("p", "Harris", "Minister for Health", "c"), "p");
        assertNotEquals(simon, irishOtherTitle, "a conflicting title blocks the surname match");
        assertTrue(db.count("SELECT count(*) FROM actor WHERE id = ?1 AND name = 'Kamala Harris'", kamala) == 1);
    }

    @Test
    void aSurnameWithoutAffiliationResolvesOnlyByAMatchingTitle() {
        long full = actorIdOf(Payloads.article("2022-02-10").country("c", "Ruthenia")
                .person("p", "Dmitri Kulebov", "Foreign Minister", "c"), "p");
        long sameTitle = actorIdOf(Payloads.article("2022-02-11").person("p", "Kulebov", "Foreign Minister", null), "p");
        long otherTitle = actorIdOf(Payloads.article("2022-02-12").person("p", "Kulebov", "Defence Minister", null), "p");
        assertEquals(full, sameTitle);
        assertNotEquals(full, otherTitle);
    }

    @Test
    void theLatestOfficeIsTheActorsTitleWhateverTheDeliveryOrder() {
        long id = actorIdOf(Payloads.article("2022-01-01").country("c", "Freedonia")
                .person("p", "Rufus Firefly", "Foreign Minister", "c"), "p");
        actorIdOf(Payloads.article("2023-01-01").country("c", "Freedonia")
                .person("p", "Rufus Firefly", "Prime Minister", "c"), "p");
        actorIdOf(Payloads.article("2021-01-01").country("c", "Freedonia")
                .person("p", "Rufus Firefly", "Deputy Minister", "c"), "p");
        query("""
                query($id: ID!) { actor(id: $id) { title } }""", Map.of("id", Long.toString(id)))
                .body("data.actor.title", equalTo("Prime Minister"));
        assertEquals(3, db.count("SELECT count(*) FROM actor_office WHERE actor_id = ?1", id));
    }

    @Test
    void fuzzyNameSearchFindsOtherSpellings() {
        deliver(Payloads.article("2022-02-10").country("c", "Ukraine")
                .person("p", "Volodymyr Zelensky", "President", "c")).statusCode(200);
        query("""
                { actors(filter: {name: "Zelenskiy", kinds: [PERSON]}) { totalCount nodes { name kind } } }""")
                .body("data.actors.nodes.name", hasItem("Volodymyr Zelensky"))
                .body("data.actors.nodes.kind", everyItemIs("PERSON"));
        deliver(Payloads.article("2022-02-10").country("c", "United States")).statusCode(200);
        query("""
                { actors(filter: {name: "U.S."}) { nodes { name } } }""")
                .body("data.actors.nodes.name", hasItem("United States"));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
