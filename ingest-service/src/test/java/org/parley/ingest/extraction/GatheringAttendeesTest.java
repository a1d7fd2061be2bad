package org.parley.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractorTest.Result;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

/**
 * A body's gathering that another engagement of the sentence happened at was attended by that engagement's parties
 * (docs/extraction.md, "Stages"). Sentences written for this test.
 */
class GatheringAttendeesTest {

    @BeforeAll
    static void load() {
        ArticleExtractorTest.extractor = ArticleExtractor.loadedNow();
    }

    private static boolean conferenceWith(Result r, String... names) {
        return r.x().engagements().stream()
                .anyMatch(e -> e.type() == Type.CONFERENCE && r.names(e).containsAll(Set.of(names)));
    }

    @Test
    void aMeetingOnTheSidelinesPutsItsPartiesAtTheSummit() {
        Result r = ArticleExtractorTest.run("Kenyan President William Ruto met Japanese Prime Minister Fumio Kishida on "
                + "the sidelines of the G7 summit in Hiroshima on Saturday.", LocalDate.of(2023, 5, 21));
        assertTrue(conferenceWith(r, "G7", "William Ruto"), r.x().engagements().toString());
    }

    @Test
    void aMeetingHeldOnTheSummitsLastDayPutsItsPartiesThere() {
        Result r = ArticleExtractorTest.run("The Peruvian President, Dina Boluarte, had a bilateral meeting with the "
                + "Chilean President, Gabriel Boric, on Friday, the last day of the APEC summit in Lima.",
                LocalDate.of(2024, 11, 16));
        assertTrue(conferenceWith(r, "APEC", "Dina Boluarte"), r.x().engagements().toString());
    }

    @Test
    void theBodyNamedBeforeSummitGathersItsAttendees() {
        Result r = ArticleExtractorTest.run("Thai Prime Minister Srettha Thavisin will take part in the Asia Zero "
                + "Emission Community Summit in Tokyo on Monday.", java.time.LocalDate.of(2023, 12, 15));
        assertTrue(conferenceWith(r, "Srettha Thavisin", "Asia Zero Emission Community"), r.x().engagements().toString());
        Result s = ArticleExtractorTest.run("Kenyan President William Ruto attended the Mekong Green Growth Forum in "
                + "Bangkok on Tuesday.", java.time.LocalDate.of(2023, 12, 15));
        assertTrue(conferenceWith(s, "William Ruto", "Mekong Green Growth"), s.x().engagements().toString());
    }
}
