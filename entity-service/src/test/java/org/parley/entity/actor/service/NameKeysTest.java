package org.parley.entity.actor.service;

import org.junit.jupiter.api.Test;
import org.parley.entity.actor.model.ActorKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The normalised keys behind actor resolution (plain unit test, no database). */
class NameKeysTest {

    @Test
    void foldsDiacriticsCaseAndPunctuation() {
        assertEquals("mevlut cavusoglu", NameKeys.fold("Mevlüt Çavuşoğlu"));
        assertEquals("recep tayyip erdogan", NameKeys.fold("Recep Tayyip Erdoğan"));
        assertEquals("us", NameKeys.fold("U.S."));
        assertEquals("lech walesa", NameKeys.fold("Lech Wałęsa"));
    }

    @Test
    void transliterationVariantsShareAKey() {
        assertEquals(NameKeys.nameKey("Sergei Lavrov"), NameKeys.nameKey("Sergey Lavrov"));
        assertEquals(NameKeys.nameKey("Volodymyr Zelensky"), NameKeys.nameKey("Volodymyr Zelenskyy"));
        assertEquals(NameKeys.nameKey("Volodymyr Zelensky"), NameKeys.nameKey("Wolodymyr Zelenskiy"));
        assertEquals(NameKeys.nameKey("Alexander Lukashenko"), NameKeys.nameKey("Aleksander Lukashenka"));
        assertEquals(NameKeys.nameKey("Antony Blinken"), NameKeys.nameKey("Anthony Blinken"));
        assertEquals(NameKeys.nameKey("Dmitry Peskov"), NameKeys.nameKey("Dmitri Peskov"));
        assertEquals(NameKeys.nameKey("Joseph R. Biden"), NameKeys.nameKey("Mr Joseph Biden"));
    }

    @Test
    void arabicArticleFormsShareAKeyAndNasabNamesAreFiledUnderTheFirstPatronymic() {
        assertEquals(NameKeys.nameKey("Abdel Fattah al-Sisi"), NameKeys.nameKey("Abdel Fattah El-Sisi"));
        assertEquals("salman", NameKeys.surnameKey(NameKeys.wordKeys("Mohammed bin Salman")));
        assertEquals("salman", NameKeys.surnameKey(NameKeys.wordKeys("Mohammed bin Salman bin Abdulaziz Al Saud")));
        assertEquals("laden", NameKeys.surnameKey(NameKeys.wordKeys("Osama bin Laden")));
        assertEquals("lavrov", NameKeys.surnameKey(NameKeys.wordKeys("Sergei Lavrov")));
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertNotEquals(NameKeys.nameKey("Kamala Harris"), NameKeys.nameKey("Simon Harris"));
        assertNotEquals(NameKeys.nameKey("Maria Lopez"), NameKeys.nameKey("Mario Lopez"));
        assertNotEquals(NameKeys.nameKey("Sergei Lavrov"), NameKeys.nameKey("Sergei Shoigu"));
    }

    @Test
    void givenNameShortFormsAreCompatibleOthersNot() {
        assertTrue(NameKeys.givenNamesCompatible(NameKeys.wordKey("joe"), NameKeys.wordKey("joseph")));
        assertTrue(NameKeys.givenNamesCompatible(NameKeys.wordKey("alex"), NameKeys.wordKey("alexander")));
        assertFalse(NameKeys.givenNamesCompatible(NameKeys.wordKey("kamala"), NameKeys.wordKey("simon")));
        assertFalse(NameKeys.givenNamesCompatible(NameKeys.wordKey("charles"), NameKeys.wordKey("charlotte")));
    }

    @Test
    void gazetteerMapsCountryFormsToOneCanonicalPlace() {
        for (String form : new String[] {"US", "U.S.", "United States", "America", "Washington", "the United States"}) {
            assertEquals("United States", Gazetteer.lookup(form).orElseThrow().canonicalName(), form);
        }
        assertEquals("United Kingdom", Gazetteer.lookup("Britain").orElseThrow().canonicalName());
        assertEquals(ActorKind.ORGANIZATION, Gazetteer.lookup("Nato").orElseThrow().kind());
        assertEquals("Turkey", Gazetteer.lookup("Türkiye").orElseThrow().canonicalName());
        assertTrue(Gazetteer.lookup("Ruritania").isEmpty());
    }
}
