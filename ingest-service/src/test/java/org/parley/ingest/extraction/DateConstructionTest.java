package org.parley.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.ingest.extraction.ArticleExtractorTest.assertDay;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractorTest.Result;

/**
 * Date constructions, two sentences each (written for this test): a day of the month in parentheses after a relative
 * day ("yesterday (23)", "this Tuesday (19)") wins over the count from the article's date; an undated engagement that
 * happened takes the day of the occasion the story dates first; the lead is the first sentences of prose, below any
 * menu or date line; "the day" of a story is its occasion's; the day of a meeting with someone else does not date the
 * next one where the lead names the day; "the last day of the summit" is a day of that occasion, not yesterday; the filing date in a dateline's agency
 * bracket ("CAIRO (Agency - 3rd May, 2020)") dates nothing; a plan (or a plan called off) that no expression dates lies
 * in the month after the article's date; a day named without a year lies within half a year of the article.
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
    void anUndatedPlanLiesInTheMonthAfterTheArticle() {
        Result r = ArticleExtractorTest.run("Kenyan President William Ruto will hold talks with Tanzanian President Samia "
                + "Suluhu Hassan to discuss the border dispute, State House said.", LocalDate.of(2024, 2, 7));
        ExtractedEngagement e = r.only();
        assertEquals(ExtractedEngagement.Status.PLANNED, e.status());
        assertEquals(LocalDate.of(2024, 2, 7), e.date().start());
        assertEquals(LocalDate.of(2024, 3, 8), e.date().end());
        assertEquals(null, e.date().text());
        Result s = ArticleExtractorTest.run("The visit of Peruvian Foreign Minister Javier Gonzalez-Olaechea to Brazil "
                + "has been postponed, the ministry said.", LocalDate.of(2023, 11, 20));
        ExtractedEngagement c = s.only();
        assertEquals(ExtractedEngagement.Status.CANCELLED, c.status());
        assertEquals(LocalDate.of(2023, 11, 20), c.date().start());
        assertEquals(LocalDate.of(2023, 12, 20), c.date().end());
    }

    @Test
    void aDayWithoutAYearLiesWithinHalfAYearOfTheArticle() {
        // SUTime puts both days in the year before, from the past tense around them
        Result r = ArticleExtractorTest.run("During his recent visit to Nairobi, the Ugandan foreign minister had pointed "
                + "to May 3 as the likely date for the trip of Kenyan President William Ruto to Uganda.", LocalDate.of(2023, 4, 3));
        assertTrue(r.x().engagements().stream().anyMatch(e -> LocalDate.of(2023, 5, 3).equals(e.date().start())),
                r.x().engagements().toString());
        Result s = ArticleExtractorTest.run("At talks last week, Indonesian officials had proposed 20 June as the date of "
                + "the visit of Vietnamese President Nguyen Xuan Phuc to Indonesia.", LocalDate.of(2022, 6, 1));
        assertTrue(s.x().engagements().stream().anyMatch(e -> LocalDate.of(2022, 6, 20).equals(e.date().start())),
                s.x().engagements().toString());
    }

    @Test
    void aDayCountedWithinAnOccasionIsNoCalendarDay() {
        // SUTime reads "the last day" as yesterday
        Result r = ArticleExtractorTest.run("Japanese Prime Minister Fumio Kishida will meet Canadian Prime Minister "
                + "Justin Trudeau on the last day of the NATO summit in Vilnius on Wednesday.", LocalDate.of(2023, 7, 10));
        assertTrue(r.x().engagements().stream().noneMatch(e -> LocalDate.of(2023, 7, 9).equals(e.date().start())),
                r.x().engagements().toString());
        Result s = ArticleExtractorTest.run("On the first day of his visit to Hanoi, Indian Foreign Minister S. Jaishankar "
                + "held talks with Vietnamese Foreign Minister Bui Thanh Son.", LocalDate.of(2023, 10, 17));
        assertTrue(s.x().engagements().stream().noneMatch(e -> LocalDate.of(2023, 10, 16).equals(e.date().start())
                || LocalDate.of(2023, 10, 18).equals(e.date().start())), s.x().engagements().toString());
    }

    @Test
    void theFilingDateInADatelinesAgencyBracketDatesNoEngagement() {
        Result r = ArticleExtractorTest.run("CAIRO (Nile News / Agencies - 3rd May, 2020) Egyptian President Abdel Fattah "
                + "el-Sisi could meet Sudanese leader Abdel Fattah al-Burhan on May 20, the presidency said.",
                LocalDate.of(2020, 5, 3));
        assertDay(LocalDate.of(2020, 5, 20), r.only().date());
        Result s = ArticleExtractorTest.run("NEW DELHI (IANS - 2nd March, 2021) Indian Foreign Minister S. Jaishankar "
                + "will hold talks with Bangladeshi Foreign Minister A.K. Abdul Momen in Dhaka on Thursday.",
                LocalDate.of(2021, 3, 2));
        assertDay(LocalDate.of(2021, 3, 4), s.only().date());
    }

    @Test
    void aLengthBeforeAWeekdayLeavesTheDay() {
        // SUTime joins "an hour on Friday" into one expression
        Result r = ArticleExtractorTest.run("Chinese President Xi Jinping and Russian President Vladimir Putin talked "
                + "by phone for an hour on Friday, the Kremlin said.", LocalDate.of(2024, 3, 6));
        assertDay(LocalDate.of(2024, 3, 1), r.only().date());
        Result s = ArticleExtractorTest.run("German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk for "
                + "two hours on Monday in Warsaw.", LocalDate.of(2024, 7, 3));
        assertDay(LocalDate.of(2024, 7, 1), s.only().date());
    }

    @Test
    void onTheNthIsTheLatestSuchDayForWhatHappenedAndTheNextForWhatIsToCome() {
        Result r = ArticleExtractorTest.run("French Foreign Minister Stephane Sejourne met his Ukrainian counterpart "
                + "Dmytro Kuleba in Kyiv on the 18th.", LocalDate.of(2024, 3, 6));
        assertDay(LocalDate.of(2024, 2, 18), r.only().date());
        Result s = ArticleExtractorTest.run("Peruvian President Dina Boluarte will receive Bolivian President Luis Arce "
                + "in Lima on the 21st, the foreign ministry announced.", LocalDate.of(2023, 11, 3));
        assertDay(LocalDate.of(2023, 11, 21), s.only().date());
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

    @Test
    void theLeadIsTheFirstProseAboveWhichMenusAndDateLinesStand() {
        Result r = ArticleExtractorTest.run("Home World Politics Opinion Contact\n\n12/03/2024 | 10:41 | Staff reporter\n\n"
                + "East African trade ministers opened their deliberations this Monday (11th) in Nairobi. On the "
                + "sidelines, Kenyan Foreign Minister Musalia Mudavadi met Tanzanian Foreign Minister January Makamba.",
                LocalDate.of(2024, 3, 12));
        assertDay(LocalDate.of(2024, 3, 11), r.only().date());
        Result s = ArticleExtractorTest.run("News | Region | Economy\n\nPublished 05.06.2024 | Agencies\n\n"
                + "Central Asian governments reviewed their water accords on Tuesday in Almaty. Kazakh President "
                + "Kassym-Jomart Tokayev also received Kyrgyz President Sadyr Japarov.", LocalDate.of(2024, 6, 5));
        assertDay(LocalDate.of(2024, 6, 4), s.only().date());
    }

    @Test
    void theDayOfTheStoryIsNotTheArticlesDay() {
        // "the first meeting of the day": the day the story is about, not the day it was published
        Result r = ArticleExtractorTest.run("Indian Prime Minister Narendra Modi arrived in Tokyo on Monday. His first "
                + "meeting of the day was with Japanese Prime Minister Fumio Kishida.", LocalDate.of(2023, 5, 24));
        assertDay(LocalDate.of(2023, 5, 22), r.x().engagements().stream()
                .filter(e -> r.names(e).contains("Fumio Kishida")).findFirst().orElseThrow().date());
        Result s = ArticleExtractorTest.run("Chilean President Gabriel Boric spent Thursday in Lima on a state visit. "
                + "The last talks of the day were with Peruvian President Dina Boluarte.", LocalDate.of(2023, 9, 16));
        assertDay(LocalDate.of(2023, 9, 14), s.x().engagements().stream()
                .filter(e -> s.names(e).contains("Dina Boluarte")).findFirst().orElseThrow().date());
    }

    @Test
    void aNextMeetingWithAnotherCounterpartIsOnTheLeadsDay() {
        // the meeting of the day before, with someone else, does not date the undated one that follows it
        Result r = ArticleExtractorTest.run("Brazil's President Lula held a string of talks in Buenos Aires this Tuesday "
                + "(24th). On Monday he had met Argentine President Alberto Fernandez. Lula then met Uruguayan President "
                + "Luis Lacalle Pou.", LocalDate.of(2023, 1, 25));
        assertDay(LocalDate.of(2023, 1, 24), r.x().engagements().stream()
                .filter(e -> r.names(e).contains("Luis Lacalle Pou")).findFirst().orElseThrow().date());
        Result s = ArticleExtractorTest.run("Japanese Foreign Minister Yoko Kamikawa held talks in Jakarta on Friday. On "
                + "Thursday she met Indonesian President Joko Widodo. Kamikawa also met Indonesian Foreign Minister "
                + "Retno Marsudi.", LocalDate.of(2024, 1, 13));
        assertDay(LocalDate.of(2024, 1, 12), s.x().engagements().stream()
                .filter(e -> s.names(e).contains("Retno Marsudi")).findFirst().orElseThrow().date());
    }

    @Test
    void aMeetingThatATripIsForSharesTheTripsDate() {
        Result santiago = ArticleExtractorTest.run("Argentine President Alberto Fernandez will travel to Santiago on an "
                + "official visit at the end of January to meet his Chilean counterpart, Gabriel Boric.", LocalDate.of(2021, 12, 14));
        ExtractedEngagement meeting = santiago.x().engagements().stream()
                .filter(e -> e.type() == ExtractedEngagement.Type.MEETING).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2022, 1, 1), meeting.date().start());
        Result nairobi = ArticleExtractorTest.run("Ugandan President Yoweri Museveni will fly to Nairobi for a working "
                + "visit on Monday to meet President William Ruto.", LocalDate.of(2024, 3, 7));
        ExtractedEngagement talks = nairobi.x().engagements().stream()
                .filter(e -> e.type() == ExtractedEngagement.Type.MEETING).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2024, 3, 11), talks.date().start());
    }

    @Test
    void aNameRightAfterALeadingDayIsTheSubjectNotPartOfTheDate() {
        // "On Sunday Minh also held talks …" (People's Daily, 2012); "On Tuesday Biden met …" (wire style)
        Result r = ArticleExtractorTest.run("Chinese State Councilor Dai Bingguo met Vietnamese Foreign Minister Pham Binh Minh "
                + "on Monday. On Sunday Minh also held talks with his Chinese counterpart, Yang Jiechi.", LocalDate.of(2012, 2, 14));
        ExtractedEngagement sunday = r.x().engagements().stream().filter(e -> r.names(e).contains("Yang Jiechi"))
                .findFirst().orElseThrow();
        assertEquals(java.util.Set.of("Pham Binh Minh", "Yang Jiechi"), r.names(sunday));
        assertEquals(LocalDate.of(2012, 2, 12), sunday.date().start());
    }

    @Test
    void aDayWithoutAYearThatAPastVerbReportsIsTheLatestSuchDay() {
        // an article of October: SUTime puts "January 17" ahead of it, which would make a past meeting a plan
        Result r = ArticleExtractorTest.run("Iranian Foreign Minister Abbas Araghchi held talks with Omani Foreign "
                + "Minister Badr Albusaidi in Muscat on January 17.", LocalDate.of(2025, 10, 11));
        assertDay(LocalDate.of(2025, 1, 17), r.only().date());
        assertEquals(ExtractedEngagement.Status.OCCURRED, r.only().status());
        Result s = ArticleExtractorTest.run("Kenyan President William Ruto, who met Tanzanian President Samia Suluhu "
                + "Hassan in Arusha on February 3, said the border talks had gone well.", LocalDate.of(2025, 11, 20));
        assertDay(LocalDate.of(2025, 2, 3), s.only().date());
    }
}
