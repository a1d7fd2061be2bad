package org.parley.entity.actor.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Canonical forms of countries and organisations (plain unit test, no database). */
class GazetteerTest {

    @Test
    void countryFormsShareOneCanonicalName() {
        assertEquals("United States", Gazetteer.lookup("U.S.").orElseThrow().canonicalName());
        assertEquals("United Kingdom", Gazetteer.lookup("Britain").orElseThrow().canonicalName());
        assertEquals("Russia", Gazetteer.lookup("Kremlin").orElseThrow().canonicalName());
    }

    @Test
    void theSecurityCouncilIsNotTheUnitedNations() {
        assertEquals("UN Security Council", Gazetteer.lookup("United Nations Security Council").orElseThrow().canonicalName());
        assertEquals("UN Security Council", Gazetteer.lookup("UNSC").orElseThrow().canonicalName());
        assertEquals("United Nations", Gazetteer.lookup("U.N.").orElseThrow().canonicalName());
    }
}
