package org.parley.entity.actor.service;

import org.junit.jupiter.api.Test;
import org.parley.entity.actor.model.ActorKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Canonical forms of countries and organisations from the shared gazetteer (plain unit test, no database). */
class GazetteerTest {

    private static String canonical(String form) {
        return Gazetteer.lookup(form).orElseThrow().canonicalName();
    }

    @Test
    void countryFormsShareOneCanonicalName() {
        assertEquals("United States", canonical("U.S."));
        assertEquals("United Kingdom", canonical("Britain"));
        assertEquals("Russia", canonical("Kremlin"));
        assertEquals("Jamaica", canonical("Kingston"));
        assertEquals("Cabo Verde", canonical("Cape Verde"));
        assertEquals("Iran", canonical("Islamic Republic of Iran"));
    }

    @Test
    void theSecurityCouncilIsNotTheUnitedNations() {
        assertEquals("UN Security Council", canonical("United Nations Security Council"));
        assertEquals("UN Security Council", canonical("UNSC"));
        assertEquals("United Nations", canonical("U.N."));
    }

    @Test
    void aSeatIsItsOrganisationOnlyWhereAnOrganisationIsMeant() {
        assertEquals("Belgium", canonical("Brussels"));
        assertEquals("Belgium", Gazetteer.lookup("Brussels", ActorKind.ORGANIZATION).orElseThrow().canonicalName(),
                "the EU, NATO and two EU institutions sit there: no one organisation");
        assertEquals("ASEAN", Gazetteer.lookup("Jakarta", ActorKind.ORGANIZATION).orElseThrow().canonicalName());
        assertEquals("Indonesia", Gazetteer.lookup("Jakarta", ActorKind.COUNTRY).orElseThrow().canonicalName());
        assertEquals("Switzerland", Gazetteer.lookup("Geneva", ActorKind.COUNTRY).orElseThrow().canonicalName());
        assertTrue(Gazetteer.lookup("Ruritania", ActorKind.COUNTRY).isEmpty());
    }
}
