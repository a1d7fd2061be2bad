package org.parley.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractorTest.Result;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

/**
 * Machine-translated copy carries the light verbs of its source language over word for word (Spanish "mantener /
 * sostener / realizar / efectuar", French "effectuer"): "maintained a telephone conversation", "sustained a
 * meeting", "will realize an official visit", "effected a working visit". Their subject took part. Sentences
 * written for this test.
 */
class TranslatedLightVerbTest {

    @BeforeAll
    static void load() {
        ArticleExtractorTest.extractor = ArticleExtractor.loadedNow();
    }

    @Test
    void maintainedAndSustainedEngagementsHaveTheirSubjectAsParty() {
        Result call = ArticleExtractorTest.run("Ecuadorian President Guillermo Lasso met Colombian President Gustavo Petro in "
                + "Quito. Argentine President Alberto Fernandez maintained a telephone conversation with Chilean President "
                + "Gabriel Boric on Wednesday.", LocalDate.of(2022, 6, 10));
        assertEquals(Set.of("Alberto Fernandez", "Gabriel Boric"), call.names(call.x().engagements().stream()
                .filter(e -> e.type() == Type.CALL).findFirst().orElseThrow()));
        Result meeting = ArticleExtractorTest.run("Peruvian Foreign Minister Ana Cecilia Gervasi sustained a meeting with her "
                + "Bolivian peer Rogelio Mayta in La Paz on Monday.", LocalDate.of(2022, 6, 10));
        assertEquals(Set.of("Ana Cecilia Gervasi", "Rogelio Mayta"), meeting.names(meeting.only()));
    }

    @Test
    void realizedAndEffectedVisitsAreVisits() {
        Result planned = ArticleExtractorTest.run("Senegalese President Macky Sall will realize an official visit to "
                + "Mauritania next week.", LocalDate.of(2022, 6, 10));
        assertEquals(Type.VISIT, planned.only().type());
        assertEquals(ExtractedEngagement.Status.PLANNED, planned.only().status());
        Result effected = ArticleExtractorTest.run("Malian Prime Minister Choguel Maiga effected a working visit to Algeria "
                + "on Sunday.", LocalDate.of(2022, 6, 10));
        assertEquals(Set.of("Choguel Maiga", "Algeria"), effected.names(effected.only()));
    }
}
