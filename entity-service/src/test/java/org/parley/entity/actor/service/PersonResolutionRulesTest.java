package org.parley.entity.actor.service;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.support.Db;
import org.parley.entity.support.Payloads;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.parley.entity.support.Deliveries.deliver;

/**
 * One actor per real person (issue 12): each person rule merges what it should, logs its rule, and leaves different
 * people apart. Names and countries are made up so no other test's actors are candidates.
 */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class PersonResolutionRulesTest {

    @Inject
    Db db;

    private long person(String publishedOn, String name, String title, String country) {
        Payloads payload = Payloads.article(publishedOn);
        if (country != null) {
            payload.country("c", country);
        }
        payload.person("p", name, title, country == null ? null : "c", name);
        int index = country == null ? 0 : 1;
        return ((Number) deliver(payload).statusCode(200).extract().path("actorIds[" + index + "]")).longValue();
    }

    private void assertLogged(long actorId, String surface, String rule) {
        assertEquals(1, db.count("SELECT count(*) FROM merge_log WHERE subject = 'ACTOR' AND subject_id = ?1 "
                + "AND surface = ?2 AND rule = ?3", actorId, surface, rule), surface + " by " + rule);
    }

    @Test
    void suffixesAndMiddleInitialsAreLeftOutButAJuniorIsNotHisFather() {
        long plain = person("2024-03-01", "Corwin Halloway", "Defense Secretary", "Arcadia");
        long full = person("2024-03-02", "Corwin T. Halloway III", "Defense Secretary", "Arcadia");
        assertEquals(plain, full);
        assertLogged(plain, "Corwin T. Halloway III", ActorResolver.TITLE_SUFFIX_INITIAL);

        long senior = person("2024-03-01", "Ambrose Kettering Sr.", null, "Arcadia");
        long junior = person("2024-03-02", "Ambrose Kettering Jr.", null, "Arcadia");
        assertNotEquals(senior, junior, "a father and his son share every name but the suffix");
        assertEquals(junior, person("2024-03-03", "Ambrose R. Kettering Jr.", null, "Arcadia"));
        assertEquals(senior, person("2024-03-03", "Ambrose Kettering Sr.", null, null));
    }

    @Test
    void titlesInOtherLanguagesAreHonorifics() {
        long latif = person("2024-03-01", "Harun Latif", "Prime Minister", "Malaya Raya");
        assertEquals(latif, person("2024-03-02", "Datuk Seri Harun Latif", null, "Malaya Raya"));
        assertLogged(latif, "Datuk Seri Harun Latif", ActorResolver.TITLE_SUFFIX_INITIAL);
        assertEquals(latif, person("2024-03-03", "Tun Harun Latif", null, null));

        long desraj = person("2024-03-01", "Vikram Desraj", "Minister of External Affairs", "Bharatavarsha");
        assertEquals(desraj, person("2024-03-02", "Shri Vikram Desraj", null, "Bharatavarsha"));
        long rashid = person("2024-03-01", "Rashid Al Nuwairi", "Foreign Minister", "Gulfstan");
        assertEquals(rashid, person("2024-03-02", "Sheikh Rashid Al Nuwairi", null, null));
        long morvan = person("2024-03-01", "Élise Morvan", "President", "Armorique");
        assertEquals(morvan, person("2024-03-02", "Président Élise Morvan", null, "Armorique"));
        assertEquals(morvan, person("2024-03-03", "Premier Élise Morvan", null, null));
    }

    @Test
    void lusophoneNameFormsAreOnePerson() {
        String full = "Teodoro Aurélio Vasco da Fonseca";
        long president = person("2024-03-01", full, "President", "Lusitania");

        long titled = person("2024-03-02", "Presidente Vasco", "President", "Lusitania");
        assertEquals(president, titled);
        assertLogged(president, "Presidente Vasco", ActorResolver.SURNAME_WITH_CONTEXT);

        assertEquals(president, person("2024-03-03", "Teodoro Aurélio Vasco", null, null));
        assertLogged(president, "Teodoro Aurélio Vasco", ActorResolver.NAME_PART_SUBSET);

        assertEquals(president, person("2024-03-04", "Vasco da Fonseca", null, "Lusitania"));

        assertEquals(president, person("2024-03-05", "Vasco", null, null));
        assertLogged(president, "Vasco", ActorResolver.LONE_SURNAME_UNIQUE);

        assertEquals(president, person("2024-03-06", "Presidente " + full, "President", "Lusitania"));
        assertEquals(1, db.count("SELECT count(*) FROM actor WHERE kind = 'PERSON' AND surname_key = 'fonsec'"));

        assertNotEquals(president, person("2024-03-07", "Teodoro Aurélio", null, "Lusitania"),
                "given names alone are not the person");
        assertNotEquals(president, person("2024-03-07", "Aurélio", null, "Lusitania"), "nor is a given name alone");
        assertNotEquals(president, person("2024-03-07", "Aurélio Vasco da Fonseca", null, "Hesperia"),
                "another affiliation is another person");
    }

    @Test
    void aShortKnownNameAbsorbsItsLongerIberianForm() {
        long shortForm = person("2024-03-01", "Ximena Ortúzar", "Foreign Minister", "Andesia");
        long longForm = person("2024-03-02", "Ximena Beatriz Ortúzar Lagos", "Foreign Minister", "Andesia");
        assertEquals(shortForm, longForm);
        assertLogged(shortForm, "Ximena Beatriz Ortúzar Lagos", ActorResolver.NAME_PART_SUBSET);
    }

    @Test
    void aLoneSurnameResolvesOnlyToTheOnePersonItFits() {
        long quintanar = person("2024-03-01", "Rodrigo Quintanar", "President", "Nueva Granada");
        assertEquals(quintanar, person("2024-03-02", "Quintanar", null, null));
        assertLogged(quintanar, "Quintanar", ActorResolver.LONE_SURNAME_UNIQUE);
        assertEquals(quintanar, person("2024-03-03", "Quintanar", "President", "Nueva Granada"));
        assertNotEquals(quintanar, person("2024-03-04", "Quintanar", null, "Hesperia"),
                "a conflicting affiliation is another Quintanar");

        long first = person("2024-03-01", "Delphine Bellweather", "Senator", "Arcadia");
        long second = person("2024-03-02", "Oswin Bellweather", "Governor", "Arcadia");
        assertNotEquals(first, second);
        long lone = person("2024-03-03", "Bellweather", null, null);
        assertNotEquals(first, lone, "two known Bellweathers: the surname alone fits neither");
        assertNotEquals(second, lone);
        assertEquals(0, db.count("SELECT count(*) FROM merge_log WHERE surface = 'Bellweather'"));
    }

    @Test
    void anotherGivenNameWithTheSameSurnameIsAnotherPerson() {
        long fidel = person("2024-03-01", "Fidel Castellanos", "President", "Antillia");
        long raul = person("2024-03-02", "Raul Castellanos", "President", "Antillia");
        assertNotEquals(fidel, raul);
        long lone = person("2024-03-03", "Castellanos", "President", "Antillia");
        assertNotEquals(fidel, lone);
        assertNotEquals(raul, lone);
    }

    @Test
    void aOneLetterTypoOfAKnownSurnameIsThatPersonWhenOnlyOneFits() {
        long minister = person("2024-03-01", "Mauricia Vieirinha", "Foreign Minister", "Lusitania");
        assertEquals(minister, person("2024-03-02", "Mauricia Vierinha", "Foreign Minister", "Lusitania"));
        assertLogged(minister, "Mauricia Vierinha", ActorResolver.SURNAME_TYPO);
        assertNotEquals(minister, person("2024-03-03", "Vieirinah", "Foreign Minister", "Lusitania"),
                "a transposition is two edits");
        assertNotEquals(minister, person("2024-03-04", "Mauricia Bieirinha", "Foreign Minister", "Lusitania"),
                "another first letter");
        assertNotEquals(minister, person("2024-03-04", "Mauricia Vierinah", "Foreign Minister", "Lusitania"),
                "two letters off");
        assertNotEquals(minister, person("2024-03-04", "Mauricia Vieirinja", "Foreign Minister", "Hesperia"),
                "another affiliation");

        long rivak = person("2024-03-01", "Tomas Rivak", "Defence Minister", "Carpathia");
        assertNotEquals(rivak, person("2024-03-02", "Tomas Rivek", "Defence Minister", "Carpathia"),
                "a five-letter surname is too short to call a difference a typo");

        long austrian = person("2024-03-01", "Oskar Brandtner", "Chancellor", "Ostmark");
        long german = person("2024-03-02", "Oskar Brandner", "Chancellor", "Teutonia");
        assertNotEquals(austrian, german);
        long either = person("2024-03-03", "Oskar Brantner", null, null);
        assertNotEquals(austrian, either, "one letter from two known people fits neither");
        assertNotEquals(german, either);
    }

    @Test
    void aLoneTypoNeedsItsContextToAgree() {
        long minister = person("2024-03-01", "Benedikt Strohmaier", "Finance Minister", "Helvetia Nova");
        assertEquals(minister, person("2024-03-02", "Strohmeier", null, "Helvetia Nova"));
        assertLogged(minister, "Strohmeier", ActorResolver.SURNAME_TYPO);
        assertNotEquals(minister, person("2024-03-03", "Strohmeir", null, null), "no context, no typo merge");
        assertEquals(List.of(ActorResolver.SURNAME_TYPO),
                db.column("SELECT DISTINCT rule FROM merge_log WHERE subject_id = ?1", minister));
    }
}
