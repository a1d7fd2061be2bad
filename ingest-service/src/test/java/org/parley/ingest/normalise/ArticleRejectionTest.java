package org.parley.ingest.normalise;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rejection rule, with the bad input it was tried on, and inputs close to the limits that must pass. */
class ArticleRejectionTest {

    private static final String SENTENCE = "The foreign ministers of France and Germany met in Paris on Tuesday. ";

    private final ArticleNormaliser normaliser = new ArticleNormaliser();

    private String rule(String raw) {
        return assertThrows(ArticleRejectedException.class, () -> normaliser.normalise(raw, null)).rule();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\t  \r\n", "\u00A0\u2003\u200B\uFEFF"})
    void emptyOrWhitespaceOnlyIsEmpty(String raw) {
        assertEquals("EMPTY", rule(raw));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("EMPTY", rule(null));
    }

    @Test
    void overTheLimitIsTooLarge() {
        String raw = SENTENCE.repeat(ArticleNormaliser.MAX_CHARACTERS / SENTENCE.length() + 1);
        assertEquals("TOO_LARGE", rule(raw));
    }

    @Test
    void exactlyAtTheLimitIsAccepted() {
        String raw = SENTENCE.repeat(ArticleNormaliser.MAX_CHARACTERS / SENTENCE.length());
        raw = raw + "x".repeat(ArticleNormaliser.MAX_CHARACTERS - raw.length());
        String atLimit = raw;
        assertEquals(ArticleNormaliser.MAX_CHARACTERS, atLimit.length());
        assertDoesNotThrow(() -> normaliser.normalise(atLimit, null));
    }

    @Test
    void aFullSizeArticleIsNormalisedInBoundedTime() throws Exception {
        String paragraph = "The foreign ministers met in Paris on Tuesday and agreed to meet again next month, "
                + "officials said.\nREAD MORE: Talks stall\nThe envoy, who arrived on\nMonday, said it was "
                + "well-\nknown that the sanc-\ntions would stay.\n\n";
        String raw = paragraph.repeat(ArticleNormaliser.MAX_CHARACTERS / paragraph.length());
        NormalisedArticle article = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> normaliser.normalise(raw, null));
        assertEquals(true, article.text().contains("the sanctions would stay."));
    }

    @Test
    void nulCharacterIsBinary() {
        assertEquals("BINARY", rule(SENTENCE + "\0" + SENTENCE));
    }

    @Test
    void controlCharactersOfABinaryFileAreBinary() {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 'a' + i % 26 : 1 + i % 8);
        }
        assertEquals("BINARY", rule(SENTENCE + new String(bytes, StandardCharsets.ISO_8859_1)));
    }

    @Test
    void invalidUtf8DecodedLenientlyIsBinary() {
        byte[] latin1 = (SENTENCE + "Le ministre fran\u00E7ais a rencontr\u00E9 son homologue \u00E0 "
                + "Berlin, o\u00F9 il a d\u00E9jeun\u00E9 \u00E0 l'h\u00F4tel. ").repeat(3)
                .getBytes(StandardCharsets.ISO_8859_1);
        String lenient = new String(latin1, StandardCharsets.UTF_8);
        assertEquals("BINARY", rule(lenient));
    }

    @Test
    void aSingleStrayReplacementCharacterIsTolerated() {
        NormalisedArticle article = normaliser.normalise(SENTENCE + "Caf\uFFFD talks resumed on Wednesday. "
                + SENTENCE, null);
        assertEquals(3, article.text().split("\\. ").length);
    }

    @Test
    void aSingleStrayControlCharacterInALongTextIsDropped() {
        NormalisedArticle article = normaliser.normalise(SENTENCE.repeat(20) + "\u0007" + SENTENCE, null);
        assertEquals(-1, article.text().indexOf('\u0007'));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "asdf qwer zxcv uiop",
        "Le ministre des affaires \u00E9trang\u00E8res a rencontr\u00E9 son homologue allemand \u00E0 Berlin mardi.",
        "Die Minister trafen sich am Dienstag in Berlin, um an der Konferenz \u00FCber die Krise in der Ukraine "
                + "teilzunehmen.",
        "El ministro de Asuntos Exteriores se reuni\u00F3 con su hom\u00F3logo en Berl\u00EDn el martes para hablar "
                + "de la crisis.",
        "Il ministro degli Esteri ha incontrato il suo omologo a Berlino marted\u00EC per discutere della crisi.",
        "1234 5678 9012 3456 7890 1234\n4321 8765 2109 6543 0987 4321",
        "Explore\nUN says it is not party to the plan\nMan tears up copies of a book\nDeath toll rises",
        "READ MORE: Ukraine talks collapse\nAdvertisement\nShare on Facebook\nSign up for our newsletter today",
        "<div class=\"x\"><span>{}</span></div>"
    })
    void noEnglishSentenceLeftIsNotProse(String raw) {
        assertEquals("NOT_PROSE", rule(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Biden met Putin in Geneva on Tuesday.",
        "Jean-Yves Le Drian and his Russian counterpart would meet in the coming days.",
        "Macron's office said the two leaders spoke for 105 minutes."
    })
    void aSingleShortEnglishSentenceIsProse(String raw) {
        assertEquals(raw, normaliser.normalise(raw, null).text());
    }

    @Test
    void rejectionNamesTheRuleInItsMessage() {
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class,
                () -> normaliser.normalise("x".repeat(ArticleNormaliser.MAX_CHARACTERS + 1), null));
        assertEquals("TOO_LARGE", e.rule());
        assertEquals(true, e.getMessage().contains("200000"));
    }
}
