package org.parley.ingest.extraction;

import static org.parley.ingest.extraction.ArticleExtractorTest.assertDay;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractorTest.Result;

/**
 * Date constructions, two sentences each (written for this test): a day of the month in parentheses after a relative
 * day ("yesterday (23)", "this Tuesday (19)") wins over the count from the article's date; an undated engagement that
 * happened takes the day of the occasion the story dates first.
 */
class DateConstructionTest {

    @BeforeAll
    static void load() {
        ArticleExtractorTest.extractor = ArticleExtractor.loadedNow();
    }

    @Test
    void aParenthesisedDayOfTheMonthFixesTheDay() {
        // published a day after the story was written: "yesterday" counted from it would be the 24th
        Result r = ArticleExtractorTest.run("Yesterday (23), Colombian President Gustavo Petro held a meeting with "
                + "Ecuadorian President Daniel Noboa in Bogota.", LocalDate.of(2024, 1, 25));
        assertDay(LocalDate.of(2024, 1, 23), r.only().date());
        Result s = ArticleExtractorTest.run("Chilean President Gabriel Boric met Uruguayan President Luis Lacalle Pou "
                + "this Tuesday (19th) in Montevideo.", LocalDate.of(2024, 3, 20));
        assertDay(LocalDate.of(2024, 3, 19), s.only().date());
    }

    @Test
    void anUndatedMeetingTakesTheDayOfTheOccasion() {
        Result r = ArticleExtractorTest.run("Moroccan Foreign Minister Nasser Bourita arrived in Cairo on Wednesday for "
                + "the Arab League council. Bourita also held talks with Jordanian Foreign Minister Ayman Safadi.",
                LocalDate.of(2024, 3, 7));
        assertDay(LocalDate.of(2024, 3, 6), r.x().engagements().stream()
                .filter(e -> r.names(e).contains("Ayman Safadi")).findFirst().orElseThrow().date());
        Result s = ArticleExtractorTest.run("Kenyan President William Ruto visited Kampala on Monday. Ruto also met "
                + "Ugandan opposition leader Robert Kyagulanyi.", LocalDate.of(2024, 5, 8));
        assertDay(LocalDate.of(2024, 5, 6), s.x().engagements().stream()
                .filter(e -> s.names(e).contains("Robert Kyagulanyi")).findFirst().orElseThrow().date());
    }
}
