package org.parley.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractorTest.Result;
import org.parley.ingest.extraction.ExtractedEngagement.Status;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

/**
 * Status constructions, two sentences each (written for this test): a schedule in the past perfect was overtaken
 * ("had been scheduled to", "had been expected in"), "is going to" looks forward, a bare verb joined to a future
 * one ("will fly … and meet") is planned too, "could meet" or a meeting with "no date set" is proposed, and "called the meeting productive" is no telephone call.
 */
class StatusConstructionTest {

    private static final LocalDate FRI = LocalDate.of(2024, 5, 10);

    @BeforeAll
    static void load() {
        ArticleExtractorTest.extractor = ArticleExtractor.loadedNow();
    }

    private static Result run(String text) {
        return ArticleExtractorTest.run(text, FRI);
    }

    @Test
    void aPastPerfectScheduleWasCancelled() {
        assertEquals(Status.CANCELLED, run("Kenyan President William Ruto had been scheduled to meet Tanzanian "
                + "President Samia Suluhu Hassan in Arusha on Thursday.").only().status());
        assertEquals(Status.CANCELLED, run("Chilean Foreign Minister Alberto van Klaveren had been expected in Lima "
                + "for talks with his Peruvian counterpart Javier Gonzalez-Olaechea.").only().status());
    }

    @Test
    void goingToMeetIsPlanned() {
        assertEquals(Status.PLANNED, run("Indonesian President Joko Widodo is going to meet Australian Prime Minister "
                + "Anthony Albanese in Jakarta next month.").only().status());
        assertEquals(Status.PLANNED, run("The Greek prime minister, Kyriakos Mitsotakis, is going to visit Ankara in "
                + "the autumn, his office said.").only().status());
    }

    @Test
    void aBareVerbJoinedToAFutureVerbIsPlanned() {
        Result r = run("South African President Cyril Ramaphosa will fly to Washington on Sunday and meet US President "
                + "Donald Trump on Tuesday.");
        assertEquals(Status.PLANNED, r.x().engagements().stream().filter(e -> e.type() == Type.MEETING).findFirst()
                .orElseThrow().status());
        Result s = run("Egyptian Foreign Minister Sameh Shoukry is to travel to Ankara next week and hold talks with his "
                + "Turkish counterpart Hakan Fidan.");
        assertEquals(Status.PLANNED, s.x().engagements().stream().filter(e -> e.type() == Type.MEETING).findFirst()
                .orElseThrow().status());
    }

    @Test
    void aPossibleMeetingOrOneWithoutADateIsProposed() {
        assertEquals(Status.PROPOSED, run("Indian Prime Minister Narendra Modi and Chinese President Xi Jinping could "
                + "meet again in the coming weeks.").only().status());
        assertEquals(Status.PROPOSED, run("Serbian President Aleksandar Vucic will meet Kosovo Prime Minister Albin "
                + "Kurti in Brussels, but no date has been set.").only().status());
    }

    @Test
    void callingAMeetingSomethingIsNoCall() {
        Result r = run("Irish Taoiseach Simon Harris called his meeting on Thursday with Belgian Prime Minister Alexander "
                + "De Croo very useful.");
        assertTrue(r.x().engagements().stream().noneMatch(e -> e.type() == Type.CALL), r.x().engagements().toString());
        Result s = run("Portuguese President Marcelo Rebelo de Sousa called the visit of Brazilian President Lula "
                + "a historic moment.");
        assertTrue(s.x().engagements().stream().noneMatch(e -> e.type() == Type.CALL), s.x().engagements().toString());
    }

    @Test
    void aMeetingCalledSomethingHappened() {
        assertEquals(Status.OCCURRED, run("Irish Taoiseach Simon Harris called his meeting with Belgian Prime Minister "
                + "Alexander De Croo very useful.").only().status());
        assertEquals(Status.OCCURRED, run("Kenyan President William Ruto called his talks with Tanzanian President Samia "
                + "Suluhu Hassan productive.").only().status());
    }

    @Test
    void putOffOrPushedToALaterDateIsCancelled() {
        assertEquals(Status.CANCELLED, run("Britain's Foreign Secretary David Lammy has put off a planned visit to "
                + "Beijing.").only().status());
        assertEquals(Status.CANCELLED, run("The meeting between Kenyan President William Ruto and Tanzanian President "
                + "Samia Suluhu Hassan has been pushed to a later date.").only().status());
    }

    @Test
    void tripsDescribedByTheirOwnClauseAndPutOffAreCancelledVisits() {
        Result lima = run("The trips that Foreign Minister Ana Ruiz had planned to Peru and the Republic of Bolivia have "
                + "been put off to a later date, her spokesman said.");
        assertEquals(2, lima.x().engagements().size(), lima.x().engagements().toString());
        assertTrue(lima.x().engagements().stream().allMatch(e -> e.type() == Type.VISIT && e.status() == Status.CANCELLED),
                lima.x().engagements().toString());
        ExtractedEngagement cairo = run("The visit that Kenyan President William Ruto was to make to Egypt has been "
                + "postponed, State House said.").only();
        assertEquals(Type.VISIT, cairo.type());
        assertEquals(Status.CANCELLED, cairo.status());
    }

    @Test
    void theDayAnEngagementWasPutOffIsNotItsDate() {
        ExtractedEngagement summit = run("A summit of the Southern African Development Community which was set for "
                + "May 14 was postponed on Wednesday.").only();
        assertEquals(Status.CANCELLED, summit.status());
        assertEquals(LocalDate.of(2024, 5, 14), summit.date().start());
        ExtractedEngagement talks = run("Talks between Kenyan President William Ruto and Ugandan President Yoweri "
                + "Museveni were called off on Tuesday.").only();
        assertEquals(Status.CANCELLED, talks.status());
        assertTrue(talks.date().start() == null || !talks.date().start().equals(LocalDate.of(2024, 5, 7)),
                talks.date().toString());
    }

    @Test
    void aPlanInThePastPerfectWasOvertakenAndItsMonthIsTheNearestOne() {
        LocalDate newYear = LocalDate.of(2024, 1, 3);
        ExtractedEngagement nairobi = ArticleExtractorTest.run("Vice President Kamala Harris will not travel this month. "
                + "The vice president had intended to meet Kenyan President William Ruto in December.", newYear).only();
        assertEquals(Status.CANCELLED, nairobi.status());
        assertEquals(LocalDate.of(2023, 12, 1), nairobi.date().start());
        ExtractedEngagement lima = ArticleExtractorTest.run("Chilean Foreign Minister Alberto van Klaveren had planned "
                + "to visit Peru in December.", newYear).only();
        assertEquals(Status.CANCELLED, lima.status());
        assertEquals(LocalDate.of(2023, 12, 1), lima.date().start());
    }

    @Test
    void peopleMetBySomeoneWeCannotNameDoNotMeetEachOther() {
        assertTrue(run("The delegation had hoped to meet Kenyan President William Ruto and Ugandan President Yoweri "
                + "Museveni.").x().engagements().isEmpty());
        assertTrue(run("A senior envoy is expected to meet Chilean President Gabriel Boric and Peruvian President Dina "
                + "Boluarte next week.").x().engagements().isEmpty());
    }

    @Test
    void aMeetingExcludedOrPrecludedDidNotTakePlace() {
        assertTrue(run("Beijing has excluded any one-on-one meeting between Chinese Premier Li Qiang and Japanese Prime "
                + "Minister Fumio Kishida at the summit.").x().engagements().stream()
                .noneMatch(e -> e.type() == Type.MEETING));
        assertTrue(run("The dispute precluded talks between Kenyan President William Ruto and Ugandan President Yoweri "
                + "Museveni this week.").x().engagements().isEmpty());
    }

    @Test
    void thePostponementOrCancellationOfAnEngagementCancelsIt() {
        assertEquals(Status.CANCELLED, run("Pyongyang asked for the postponement of the visit by South Korean President "
                + "Yoon Suk Yeol to Japan.").only().status());
        assertEquals(Status.CANCELLED, run("State House announced the cancellation of the visit of Kenyan President "
                + "William Ruto to Uganda.").only().status());
    }
}
