package org.parley.entity.coding.service;

import org.junit.jupiter.api.Test;
import org.parley.entity.actor.model.ActorKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parley.entity.actor.model.ActorKind.COUNTRY;
import static org.parley.entity.actor.model.ActorKind.ORGANIZATION;
import static org.parley.entity.actor.model.ActorKind.PERSON;

/** ISO alpha-3 and PLOVER entity codes, and sectors from titles (plain unit test). */
class ActorCodesTest {

    @Test
    void countriesHaveTheirAlpha3CodeByAnyGazetteerForm() {
        assertEquals("USA", ActorCodes.code(COUNTRY, "United States", null, null));
        assertEquals("DEU", ActorCodes.code(COUNTRY, "Germany", null, null));
        assertEquals("TUR", ActorCodes.code(COUNTRY, "Türkiye", null, null));
        assertNull(ActorCodes.code(COUNTRY, "Quelland", null, null));
    }

    @Test
    void peopleTakeTheCodeOfWhatTheyActFor() {
        assertEquals("RUS", ActorCodes.code(PERSON, "Sergei Lavrov", COUNTRY, "Russia"));
        assertEquals("EUR", ActorCodes.code(PERSON, "Josep Borrell", ORGANIZATION, "European Union"));
        assertNull(ActorCodes.code(PERSON, "Someone", null, null));
    }

    @Test
    void organisationsAreUnoEurOrIgo() {
        assertEquals("UNO", ActorCodes.code(ORGANIZATION, "United Nations", null, null));
        assertEquals("UNO", ActorCodes.code(ORGANIZATION, "UN Security Council", null, null));
        assertEquals("IGO", ActorCodes.code(ORGANIZATION, "NATO", null, null));
        assertNull(ActorCodes.code(ORGANIZATION, "Acme Corporation", null, null));
    }

    @Test
    void sectorsComeFromTitles() {
        assertEquals("GOV", ActorCodes.sector(PERSON, "Foreign Minister"));
        assertEquals("GOV", ActorCodes.sector(PERSON, "Defence Minister"));
        assertEquals("GOV", ActorCodes.sector(PERSON, "Secretary-General"));
        assertEquals("GOV", ActorCodes.sector(PERSON, "Attorney General"));
        assertEquals("MIL", ActorCodes.sector(PERSON, "General"));
        assertEquals("MIL", ActorCodes.sector(PERSON, "Chief of the General Staff"));
        assertEquals("SPY", ActorCodes.sector(PERSON, "Director of National Intelligence"));
        assertEquals("LEG", ActorCodes.sector(PERSON, "Senator"));
        assertEquals("JUD", ActorCodes.sector(PERSON, "Chief Justice"));
        assertEquals("COP", ActorCodes.sector(PERSON, "Police Commissioner"));
        assertNull(ActorCodes.sector(PERSON, "Chess Champion"));
        assertNull(ActorCodes.sector(PERSON, null));
        assertNull(ActorCodes.sector(ActorKind.COUNTRY, "Minister"));
    }
}
