package org.parley.entity.actor.service;

import org.junit.jupiter.api.Test;
import org.parley.entity.actor.model.ActorKind;

import java.util.List;

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
    void titlesSuffixesAndInitialsAreLeftOutOnlyWhereTheyStand() {
        assertEquals(NameKeys.nameKey("Corwin Halloway"), NameKeys.nameKey("Corwin T. Halloway III"));
        assertEquals(NameKeys.nameKey("Harun Latif"), NameKeys.nameKey("Datuk Seri Harun Latif"));
        assertEquals(NameKeys.nameKey("Vikram Desraj"), NameKeys.nameKey("Shri Vikram Desraj"));
        assertEquals(List.of("vasco"), NameKeys.words("Presidente Vasco"));
        assertEquals(List.of("vasco"), NameKeys.words("Président Vasco"));
        assertEquals(List.of("kyaw", "zaw", "tun"), NameKeys.words("Kyaw Zaw Tun"), "a title word inside a name stays");
        assertEquals(List.of("tan", "wei", "ming"), NameKeys.words("Tan Wei Ming"), "Tan alone is a surname");
        assertEquals(List.of("premier"), NameKeys.words("Premier"), "never stripped down to nothing");
        assertEquals("iii", NameKeys.suffix("Corwin Halloway III"));
        assertTrue(NameKeys.suffixesConflict("Corwin Halloway Jr.", "Corwin Halloway Sr."));
        assertFalse(NameKeys.suffixesConflict("Corwin Halloway Jr.", "Corwin Halloway"));
    }

    @Test
    void multiPartNamesAreOrderedSubsetsSharingASurnamePart() {
        List<String> full = NameKeys.partKeys("Teodoro Aurélio Vasco da Fonseca");
        assertTrue(NameKeys.orderedSubset(NameKeys.partKeys("Teodoro Aurélio Vasco"), full));
        assertTrue(NameKeys.orderedSubset(NameKeys.partKeys("Vasco da Fonseca"), full));
        assertTrue(NameKeys.orderedSubset(full, NameKeys.partKeys("Teodoro Fonseca")));
        assertFalse(NameKeys.orderedSubset(NameKeys.partKeys("Teodoro Aurélio"), full), "given names only");
        assertFalse(NameKeys.orderedSubset(NameKeys.partKeys("Fonseca Vasco"), full), "order matters");
        assertFalse(NameKeys.orderedSubset(NameKeys.partKeys("Raul Castellanos"), NameKeys.partKeys("Fidel Castellanos")));
        assertTrue(NameKeys.isSurnamePart("vasco", full));
        assertFalse(NameKeys.isSurnamePart("teodoro", full));
    }

    @Test
    void aTypoIsOneLetterInASurnameOfSixOrMoreWithTheSameFirstLetter() {
        assertTrue(NameKeys.oneTypoApart("vieirinha", "vierinha"));
        assertTrue(NameKeys.oneTypoApart("brandtner", "brantner"));
        assertTrue(NameKeys.oneTypoApart("brandner", "brantner"));
        assertFalse(NameKeys.oneTypoApart("vieirinha", "vierinah"), "two edits");
        assertFalse(NameKeys.oneTypoApart("rivak", "rivek"), "five letters");
        assertFalse(NameKeys.oneTypoApart("vieirinha", "bieirinha"), "another first letter");
        assertFalse(NameKeys.oneTypoApart("vieirinha", "vieirinha"));
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
